using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Minsheng.Security;

/// <summary>
/// Model binding throws, a server error, on a form whose list has more rows than MVC binds (1,024 by default): no page's
/// form comes near it (the largest, the list preview, has some hundred rows), so a form naming a row past the limit
/// (Form.Categories[2000]…) is refused before binding, naming the limit, with nothing done.
/// </summary>
internal sealed partial class FormRowLimit(Microsoft.Extensions.Options.IOptions<MvcOptions> mvc) : IAsyncResourceFilter
{
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (request.HasFormContentType)
        {
            var limit = mvc.Value.MaxModelBindingCollectionSize;
            var form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
            if (form.Keys.Any(key => Rows().Matches(key).Any(row => row.Groups[1].Value.Length > 6 || int.Parse(row.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= limit)))
            {
                var text = SecurityText.Get("FormTooManyRows", limit);
                context.Result = new ContentResult
                {
                    StatusCode = StatusCodes.Status400BadRequest,
                    ContentType = "text/html; charset=utf-8",
                    Content = $"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(text)}</title></head><body><main><h1>{WebUtility.HtmlEncode(text)}</h1><p><a href=\"/\">{WebUtility.HtmlEncode(SecurityText.Get("CrossSiteBack"))}</a></p></main></body></html>",
                };
                return;
            }
        }
        await next();
    }

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Rows();
}
