using System.Net;
using System.Text.RegularExpressions;

namespace Minsheng.Tests.Infrastructure;

/// <summary>A page's form as a browser without script posts it: to the pressed button's action, with the antiforgery token the page gave.</summary>
public static partial class PageForm
{
    public static string Token(string page) => TokenField().Match(page).Groups[1].Value;

    /// <summary>Presses the button with this id on the page, sending the fields; fails when the page shows no such button.</summary>
    public static Task<HttpResponseMessage> PressAsync(HttpClient client, string page, string button, IReadOnlyDictionary<string, string> fields)
    {
        var tag = Regex.Match(page, $"<button[^>]*\\sid=\"{button}\"[^>]*>");
        Assert.True(tag.Success, $"The page shows no button #{button}: {page}");
        var action = WebUtility.HtmlDecode(Regex.Match(tag.Value, "\\sformaction=\"([^\"]+)\"").Groups[1].Value);
        return client.PostAsync(action, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", Token(page)))));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
