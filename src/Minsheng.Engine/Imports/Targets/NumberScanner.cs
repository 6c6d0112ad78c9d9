using System.Text.RegularExpressions;

namespace Minsheng.Engine.Imports.Targets;

/// <summary>
/// A number written in the text. End is past any 万/亿 it carries. Percent is set for 百分之九十 and 百分百,
/// whose unit is in the words. IsPartOfWord: a lone Chinese digit (三种, 一座, 两级) or a run that is no number
/// (八九十年代); lists write the counts they commit to in figures or compound numerals (十二, 两万).
/// </summary>
internal sealed record NumberToken(int Start, int End, decimal Value, bool IsPartOfWord, bool IsPercent);

internal static partial class NumberScanner
{
    public static IEnumerable<NumberToken> Scan(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var token = At(text, i);
            if (token is null)
            {
                i++;
                continue;
            }
            yield return token;
            i = token.End;
        }
    }

    private static NumberToken? At(string text, int i)
    {
        if (string.CompareOrdinal(text, i, "百分百", 0, 3) == 0) return new NumberToken(i, i + 3, 100, false, true);
        if (string.CompareOrdinal(text, i, "百分之百", 0, 4) == 0) return new NumberToken(i, i + 4, 100, false, true);
        if (string.CompareOrdinal(text, i, "百分之", 0, 3) == 0)
        {
            var figure = PercentFigure().Match(text, i + 3);
            return ChineseNumber.TryParse(figure.Value, out var percent) ? new NumberToken(i, i + 3 + figure.Length, percent, false, true) : null;
        }
        if (char.IsAsciiDigit(text[i]))
        {
            var match = Arabic().Match(text, i);
            return ChineseNumber.TryParse(match.Value, out var value) ? new NumberToken(i, i + match.Length, value, false, false) : null;
        }
        if (!ChineseNumber.Characters.Contains(text[i])) return null;

        var end = i;
        while (end < text.Length && ChineseNumber.Characters.Contains(text[end])) end++;
        var run = text[i..end];
        if (!ChineseNumber.TryParse(run, out var chinese)) return new NumberToken(i, end, 0, true, false);
        return new NumberToken(i, end, chinese, run.Length == 1, false);
    }

    [GeneratedRegex(@"\G(?:[\d.]+|[零〇一二两三四五六七八九十百]+)")]
    private static partial Regex PercentFigure();

    [GeneratedRegex(@"\G(?:\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?)(?:万亿|万|亿)?")]
    private static partial Regex Arabic();
}
