using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Minsheng.Imports;

/// <summary>
/// An indicator's nodes as the preview writes them for a clerk to read and correct: "6月:30；9月:60"
/// (30 due by the end of June, 60 by September).
/// </summary>
internal static partial class NodesText
{
    public static string Write(IReadOnlyDictionary<int, decimal> nodes) =>
        string.Join("；", nodes.OrderBy(n => n.Key).Select(n => $"{n.Key}月:{n.Value.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>
    /// The nodes as the plan document writes them; an entry that is no "month:figure" goes in as written, keyed
    /// by itself, so that the document reader refuses it naming this field.
    /// </summary>
    public static JsonObject? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var nodes = new JsonObject();
        foreach (var entry in text.Split(['；', ';', '，', ',', '、', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = Entry().Match(entry);
            if (!match.Success)
            {
                nodes[entry] = entry;
                continue;
            }
            var value = match.Groups["value"].Value;
            nodes[match.Groups["month"].Value.TrimStart('0')] = decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var figure)
                ? JsonValue.Create(figure) : JsonValue.Create(value);
        }
        return nodes;
    }

    [GeneratedRegex(@"^(?<month>\d{1,2})\s*月?(?:底|末)?\s*[:：]\s*(?<value>\S+)$")]
    private static partial Regex Entry();
}
