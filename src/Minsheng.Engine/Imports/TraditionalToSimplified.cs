using System.Text;

namespace Minsheng.Engine.Imports;

/// <summary>
/// Traditional to Simplified Chinese from OpenCC's tables, kept as data in Imports/Data
/// (docs/data-sources.md says where they come from): phrases first, longest match, then characters.
/// </summary>
public static class TraditionalToSimplified
{
    private const int LongestPhrase = 4;

    private static readonly Lazy<Tables> Data = new(Load);

    public static string Convert(string text)
    {
        var tables = Data.Value;
        var runes = text.EnumerateRunes().ToArray();
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < runes.Length;)
        {
            var matched = false;
            for (var length = Math.Min(LongestPhrase, runes.Length - i); length >= 2 && !matched; length--)
            {
                var phrase = Join(runes, i, length);
                if (tables.Phrases.TryGetValue(phrase, out var simplified))
                {
                    result.Append(simplified);
                    i += length;
                    matched = true;
                }
            }
            if (matched) continue;
            var rune = runes[i++];
            if (tables.Characters.TryGetValue(rune.Value, out var character)) result.Append(character);
            else result.Append(rune.ToString());
        }
        return result.ToString();
    }

    private static string Join(Rune[] runes, int start, int length)
    {
        var builder = new StringBuilder(length * 2);
        for (var i = start; i < start + length; i++) builder.Append(runes[i].ToString());
        return builder.ToString();
    }

    private static Tables Load() => new(
        Read("t2s-characters.txt").ToDictionary(pair => Rune.GetRuneAt(pair.Key, 0).Value, pair => pair.Value),
        Read("t2s-phrases.txt").ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal));

    private static IEnumerable<KeyValuePair<string, string>> Read(string name)
    {
        using var stream = typeof(TraditionalToSimplified).Assembly.GetManifestResourceStream($"Minsheng.Engine.Imports.{name}")
            ?? throw new InvalidOperationException($"The table {name} is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var pairs = new List<KeyValuePair<string, string>>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            if (tab > 0) pairs.Add(new(line[..tab], line[(tab + 1)..]));
        }
        return pairs;
    }

    private sealed record Tables(Dictionary<int, string> Characters, Dictionary<string, string> Phrases);
}
