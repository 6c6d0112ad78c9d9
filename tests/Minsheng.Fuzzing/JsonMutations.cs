using System.Text;
using System.Text.Json.Nodes;

namespace Minsheng.Fuzzing;

/// <summary>Malformed variants of a JSON document: broken text (truncation, bad UTF-8, NaN, deep nesting) and wrong values in its tree.</summary>
public sealed class JsonMutations(Random random)
{
    private static readonly Func<JsonNode?>[] BadValues =
    [
        () => null,
        () => JsonValue.Create(-1),
        () => JsonValue.Create(1e308),
        () => JsonNode.Parse("123456789012345678901234567890"),
        () => JsonValue.Create(""),
        () => JsonValue.Create(new string('长', 200_000)),
        () => new JsonArray(null, null),
        () => new JsonObject { ["x"] = null },
        () => JsonValue.Create(true),
        () => JsonValue.Create("2024-13"),
        () => JsonValue.Create("=1+1"),
        () => new JsonArray([.. Enumerable.Range(0, 6000).Select(i => (JsonNode?)JsonValue.Create(i))]),
    ];

    /// <summary>Each bad value in turn at nodes chosen at random, then text-level breakages.</summary>
    public IEnumerable<(string Name, byte[] Body)> Of(JsonNode document, int treeCases, int textCases)
    {
        var nodes = Paths(document, "$").ToList();
        for (var i = 0; i < treeCases && nodes.Count > 0; i++)
        {
            var (path, _) = nodes[random.Next(nodes.Count)];
            var bad = BadValues[i % BadValues.Length];
            var copy = document.DeepClone();
            var value = bad();
            if (!Replace(copy, path, value)) continue;
            yield return ($"{path} = {Describe(value)}", Encoding.UTF8.GetBytes(copy.ToJsonString()));
        }
        var text = Encoding.UTF8.GetBytes(document.ToJsonString());
        for (var i = 0; i < textCases; i++)
        {
            yield return (i % 8) switch
            {
                0 => ($"truncated", text[..random.Next(text.Length)]),
                1 => ("invalid UTF-8 in a string", InsideAString(text, [0xC3, 0x28, 0xFF])),
                2 => ("a lone surrogate", InsideAString(text, "\\ud800"u8.ToArray())),
                3 => ("UTF-8 of a surrogate", InsideAString(text, [0xED, 0xA0, 0x80])),
                4 => ("NaN for a number", ReplaceNumber(text, random.Next(3) switch { 0 => "NaN", 1 => "Infinity", _ => "1e400" })),
                5 => ("a duplicate key", Encoding.UTF8.GetBytes("{\"format\":1," + Encoding.UTF8.GetString(text)[1..])),
                6 => ("deep nesting", Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000))),
                _ => ("bit flips", BitFlips(text, 1 + random.Next(8))),
            };
        }
    }

    public byte[] BitFlips(byte[] bytes, int flips)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = 0; i < flips && copy.Length > 0; i++) copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        return copy;
    }

    private byte[] InsideAString(byte[] text, byte[] insert)
    {
        var quotes = Enumerable.Range(0, text.Length).Where(i => text[i] == (byte)'"').ToList();
        if (quotes.Count < 2) return [.. text, .. insert];
        var at = quotes[1 + 2 * random.Next(Math.Max(1, quotes.Count / 2 - 1))];
        return [.. text[..at], .. insert, .. text[at..]];
    }

    private byte[] ReplaceNumber(byte[] text, string with)
    {
        var s = Encoding.UTF8.GetString(text);
        var digits = Enumerable.Range(1, s.Length - 1).Where(i => char.IsAsciiDigit(s[i]) && s[i - 1] == ':').ToList();
        if (digits.Count == 0) return Encoding.UTF8.GetBytes(s + with);
        var at = digits[random.Next(digits.Count)];
        var end = at;
        while (end < s.Length && (char.IsAsciiDigit(s[end]) || s[end] is '.' or 'e' or '-')) end++;
        return Encoding.UTF8.GetBytes(s[..at] + with + s[end..]);
    }

    private static string Describe(JsonNode? value)
    {
        var json = value?.ToJsonString() ?? "null";
        return json.Length > 40 ? json[..40] + "…" : json;
    }

    /// <summary>Every node under the root with its path, in the form Replace understands.</summary>
    private static IEnumerable<(string Path, JsonNode? Node)> Paths(JsonNode? node, string path)
    {
        yield return (path, node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj) foreach (var inner in Paths(child, $"{path}.{key}")) yield return inner;
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++) foreach (var inner in Paths(array[i], $"{path}[{i}]")) yield return inner;
                break;
        }
    }

    private static bool Replace(JsonNode root, string path, JsonNode? value)
    {
        if (path == "$") return false;
        var node = root;
        var steps = Steps(path[1..]).ToList();
        foreach (var step in steps[..^1])
        {
            node = step is int index ? node?.AsArray()[index] : node?.AsObject()[(string)step];
            if (node is null) return false;
        }
        switch (steps[^1])
        {
            case int index: node.AsArray()[index] = value; break;
            case string key: node.AsObject()[key] = value; break;
        }
        return true;
    }

    private static IEnumerable<object> Steps(string path)
    {
        var i = 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                if (end < 0) end = path.Length;
                yield return path[(i + 1)..end];
                i = end;
            }
            else
            {
                var end = path.IndexOf(']', i);
                yield return int.Parse(path[(i + 1)..end]);
                i = end + 1;
            }
        }
    }
}
