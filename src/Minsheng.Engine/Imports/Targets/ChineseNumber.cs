using System.Globalization;
using System.Text.RegularExpressions;

namespace Minsheng.Engine.Imports.Targets;

/// <summary>
/// Reads a number as Chinese lists write it: Chinese numerals (十二, 一百五十, 两万, 三千五百万,
/// 一百零五, 〇/零, digit by digit 二〇二四), Arabic figures with thousands separators and decimals,
/// full-width or not, and Arabic figures carrying 万 or 亿 (2.3万, 3.6亿).
/// </summary>
public static partial class ChineseNumber
{
    internal const string Digits = "零〇一二两三四五六七八九";
    internal const string Characters = Digits + "十百千万亿";

    public static bool TryParse(string text, out decimal value)
    {
        var normalized = FullWidth.ToHalfWidth(text.Trim());
        return TryParseArabic(normalized, out value) || TryParseChinese(normalized, out value);
    }

    private static bool TryParseArabic(string text, out decimal value)
    {
        value = 0;
        var match = ArabicWithMultiplier().Match(text);
        if (!match.Success) return false;
        if (!decimal.TryParse(match.Groups["number"].Value.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)) return false;
        value = Trimmed(number * Multiplier(match.Groups["multiplier"].Value));
        return true;
    }

    /// <summary>12.7万 is 127000, not 127000.0.</summary>
    private static decimal Trimmed(decimal value) => value / 1.0000000000000000000000000000m;

    internal static decimal Multiplier(string multiplier) => multiplier switch
    {
        "万" => 10_000m,
        "亿" => 100_000_000m,
        "万亿" => 1_000_000_000_000m,
        _ => 1m,
    };

    private static bool TryParseChinese(string text, out decimal value)
    {
        value = 0;
        if (text.Length == 0 || text.Any(c => !Characters.Contains(c))) return false;
        if (text.Length > 1 && text.Contains('〇') && text.All(c => Digits.Contains(c) && c != '两')) return TryParseDigitByDigit(text, out value);
        if (text is "零" or "〇")
        {
            value = 0;
            return true;
        }
        return TryParseAbove(text, "亿", 100_000_000m, out value);
    }

    private static bool TryParseDigitByDigit(string text, out decimal value)
    {
        value = 0;
        foreach (var c in text) value = value * 10 + DigitValue(c);
        return true;
    }

    /// <summary>Splits at 亿 then 万: the part before the marker counts it, the rest counts below it.</summary>
    private static bool TryParseAbove(string text, string marker, decimal scale, out decimal value)
    {
        value = 0;
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0) return marker == "亿" ? TryParseAbove(text, "万", 10_000m, out value) : TryParseSection(text, isFirst: true, out value);

        var head = text[..at];
        var tail = text[(at + 1)..];
        var headParsed = marker == "亿" ? TryParseAbove(head, "万", 10_000m, out var high) : TryParseSection(head, isFirst: true, out high);
        if (head.Length == 0 || !headParsed || high == 0) return false;
        if (!TryParseBelow(tail, marker, scale, out var low)) return false;
        value = high * scale + low;
        return true;
    }

    /// <summary>The rest after 万 or 亿: empty, 零-led, or a lone digit meaning a tenth of the marker (两万五 = 25000).</summary>
    private static bool TryParseBelow(string tail, string marker, decimal scale, out decimal value)
    {
        value = 0;
        if (tail.Length == 0) return true;
        if (tail.Length == 1 && Digits.Contains(tail[0]) && tail[0] is not ('零' or '〇'))
        {
            value = DigitValue(tail[0]) * scale / 10;
            return true;
        }
        var rest = tail.TrimStart('零', '〇');
        if (rest.Length == 0) return false;
        return marker == "亿" ? TryParseAbove(rest, "万", 10_000m, out value) : TryParseSection(rest, isFirst: false, out value);
    }

    /// <summary>A number below 10000: [d千][零][d百][零][d十|十][d], units strictly decreasing.</summary>
    private static bool TryParseSection(string text, bool isFirst, out decimal value)
    {
        value = 0;
        int? pending = null;
        var lastUnit = 10_000;
        var afterZero = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '零' or '〇')
            {
                if (pending is not null || i == text.Length - 1 || lastUnit == 10_000) return false;
                afterZero = true;
                continue;
            }
            if (Digits.Contains(c))
            {
                if (pending is not null) return false;
                pending = DigitValue(c);
                continue;
            }
            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit == 0 || unit >= lastUnit) return false;
            if (pending is null && !(unit == 10 && i == 0 && isFirst)) return false;
            value += (pending ?? 1) * unit;
            pending = null;
            lastUnit = unit;
            afterZero = false;
        }
        if (pending is { } last)
        {
            // 一百五 means 150: a trailing digit right after 百 or 千 counts a tenth of it.
            value += !afterZero && lastUnit is 100 or 1000 ? last * lastUnit / 10 : last;
        }
        return text.Length > 0;
    }

    private static int DigitValue(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => throw new ArgumentOutOfRangeException(nameof(c), c, "not a Chinese digit"),
    };

    [GeneratedRegex(@"^(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<multiplier>万亿|万|亿)?$")]
    private static partial Regex ArabicWithMultiplier();
}
