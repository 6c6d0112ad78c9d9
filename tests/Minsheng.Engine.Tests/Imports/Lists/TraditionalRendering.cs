using System.Text;

namespace Minsheng.Engine.Tests.Imports.Lists;

/// <summary>
/// Renders Simplified text the way some websites publish it: in Traditional characters, with a
/// pinyin annotation after every tenth Han character ("實(shí)事項(xiàng)目"), full-width digits and commas.
/// </summary>
internal static class TraditionalRendering
{
    private static readonly Lazy<Dictionary<string, string>> SimplifiedToTraditional = new(() =>
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Samples.RepositoryFile("src/Minsheng.Engine/Imports/Data/t2s-characters.txt")))
        {
            if (line.StartsWith('#') || line.IndexOf('\t') is var tab && tab < 0) continue;
            table.TryAdd(line[(tab + 1)..], line[..tab]);
        }
        return table;
    });

    public static string Of(string simplified)
    {
        var text = new StringBuilder();
        var han = 0;
        foreach (var rune in simplified.EnumerateRunes())
        {
            var character = rune.ToString();
            if (character is [>= '0' and <= '9'] or ",") text.Append((char)(character[0] + 0xFEE0));
            else text.Append(SimplifiedToTraditional.Value.GetValueOrDefault(character, character));
            if (rune.Value is >= 0x4E00 and <= 0x9FFF && ++han % 10 == 0) text.Append("(shí)");
        }
        return text.ToString();
    }
}
