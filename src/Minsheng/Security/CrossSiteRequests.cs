using System.Net;
using Microsoft.AspNetCore.Antiforgery;

namespace Minsheng.Security;

/// <summary>
/// Refuses a state-changing request (POST, PUT, PATCH, DELETE) that another site's page could have sent with
/// the user's cookie. The browser says where a request comes from: Origin must be this site's own origin
/// (scheme://host:port) and Sec-Fetch-Site, when sent, must be "same-origin"; "same-site" is refused, since
/// another port or a sibling subdomain is another site's page. A request with neither header (curl, scripts,
/// very old browsers) needs a valid antiforgery token when it carries a cookie, and passes without one.
/// </summary>
public static class CrossSiteRequests
{
    public enum Verdict { Allowed, ForeignOrigin, NotSameOrigin, NeedsToken }

    public static IApplicationBuilder UseCrossSiteRefusal(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var verdict = Judge(context.Request);
        if (verdict == Verdict.NeedsToken)
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (await antiforgery.IsRequestValidAsync(context)) verdict = Verdict.Allowed;
        }
        if (verdict == Verdict.Allowed) await next(context);
        else await RefuseAsync(context, verdict);
    });

    public static Verdict Judge(HttpRequest request)
    {
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
            return Verdict.Allowed;
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && !string.Equals(site, "same-origin", StringComparison.OrdinalIgnoreCase)) return Verdict.NotSameOrigin;
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0) return IsOwnOrigin(origin, request) ? Verdict.Allowed : Verdict.ForeignOrigin;
        if (site.Length > 0) return Verdict.Allowed;
        return CarriesCredentials(request) ? Verdict.NeedsToken : Verdict.Allowed;
    }

    /// <summary>Origin names scheme, host and port; "null" (a sandboxed frame, a file) is nobody's origin.</summary>
    private static bool IsOwnOrigin(string origin, HttpRequest request) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var given)
        && Uri.TryCreate($"{request.Scheme}://{request.Host.Value}", UriKind.Absolute, out var own)
        && given.AbsolutePath == "/"
        && string.Equals(given.Scheme, own.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(given.IdnHost, own.IdnHost, StringComparison.OrdinalIgnoreCase)
        && given.Port == own.Port;

    /// <summary>Any cookie but the antiforgery one could be a session a forged request rides on.</summary>
    private static bool CarriesCredentials(HttpRequest request) =>
        request.Cookies.Keys.Any(name => !name.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));

    private static async Task RefuseAsync(HttpContext context, Verdict verdict)
    {
        var request = context.Request;
        var detail = verdict switch
        {
            Verdict.ForeignOrigin => SecurityText.Get("CrossSiteForeignOrigin", request.Headers.Origin.ToString()),
            Verdict.NotSameOrigin => SecurityText.Get("CrossSiteNotSameOrigin", request.Headers["Sec-Fetch-Site"].ToString()),
            _ => SecurityText.Get("CrossSiteMissingToken"),
        };
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CrossSiteRequests)).LogWarning(
            "Refused a cross-site {Method} {Path} from {Address}: {Verdict}, Origin {Origin}, Sec-Fetch-Site {Site}",
            request.Method, request.Path, context.Connection.RemoteIpAddress, verdict, request.Headers.Origin.ToString(), request.Headers["Sec-Fetch-Site"].ToString());

        var title = SecurityText.Get("CrossSiteTitle");
        if (request.Path.StartsWithSegments("/api"))
        {
            await Results.Problem(title: title, detail: detail, statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(title)}</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main><h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(detail)}</p><p><a href="/">{WebUtility.HtmlEncode(SecurityText.Get("CrossSiteBack"))}</a></p></main></body></html>
            """);
    }
}
