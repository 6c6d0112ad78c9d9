namespace Minsheng.Security;

/// <summary>
/// Headers that keep the browser from running, framing or sniffing anything the app did not mean, on every
/// response: pages, API, static files and errors (set as the headers go out, after any error handler cleared them).
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The development API reference (Scalar) runs its own inline script and styles.</summary>
    private const string ApiReferencePath = "/scalar";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, IConfiguration configuration)
    {
        var policy = ContentSecurityPolicy(configuration["Portal:TileUrl"]);
        const string apiReferencePolicy =
            "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
            "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";
        return app.Use((context, next) =>
        {
            var response = context.Response;
            var forApiReference = context.Request.Path.StartsWithSegments(ApiReferencePath);
            response.OnStarting(() =>
            {
                var headers = response.Headers;
                headers.ContentSecurityPolicy = forApiReference ? apiReferencePolicy : policy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                // The map may ask where the visitor is (the nearest projects); nothing else is used.
                headers["Permissions-Policy"] = "geolocation=(self), camera=(), microphone=(), payment=(), usb=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    /// <summary>Only the app's own scripts and styles; images also from the map's tile server when one is set.</summary>
    public static string ContentSecurityPolicy(string? tileUrl)
    {
        var images = "'self' data:" + (TileOrigin(tileUrl) is { } tiles ? " " + tiles : "");
        return $"default-src 'self'; script-src 'self'; style-src 'self'; img-src {images}; connect-src 'self'; font-src 'self'; " +
            "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";
    }

    /// <summary>A Leaflet tile template's origin: https://{s}.tiles.example/{z}/{x}/{y}.png gives https://*.tiles.example.</summary>
    public static string? TileOrigin(string? tileUrl)
    {
        if (string.IsNullOrWhiteSpace(tileUrl)) return null;
        var withoutSubdomains = tileUrl.Trim().Replace("{s}.", "wildcard-subdomain.", StringComparison.Ordinal);
        if (!Uri.TryCreate(withoutSubdomains, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")) return null;
        var host = url.Host.Replace("wildcard-subdomain.", "*.", StringComparison.Ordinal);
        return url.IsDefaultPort ? $"{url.Scheme}://{host}" : $"{url.Scheme}://{host}:{url.Port}";
    }
}
