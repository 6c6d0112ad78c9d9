using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using Minsheng.Engine.Documents;

namespace Minsheng.Shared;

/// <summary>
/// The data of a page's charts as JSON for a &lt;script type="application/json"&gt; block, read by
/// wwwroot/js/charts.js: the summary's conventions (camelCase, rates to four decimals), Chinese
/// as it is, and &lt; &gt; &amp; escaped so that no text can close the block.
/// </summary>
public static class ChartJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static IHtmlContent Write<T>(T data) => new HtmlString(JsonSerializer.Serialize(data, Options));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = SummaryJson.Configure(new JsonSerializerOptions());
        options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        return options;
    }
}
