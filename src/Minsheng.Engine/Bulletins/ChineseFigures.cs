using System.Globalization;
using Minsheng.Engine.Model;

namespace Minsheng.Engine.Bulletins;

/// <summary>
/// Figures as Chinese official documents write them: 166.3亿元, 8.65万户, 43.2%, 超序时10.0个百分点,
/// 2023年6月底. Every document and page formats through here, so that a figure reads the same everywhere;
/// an indicator's figures first go through <see cref="WrittenFigures"/>, which knows its precision and stages.
/// </summary>
public static class ChineseFigures
{
    private const decimal Wan = 10_000m;
    private const decimal Yi = 100_000_000m;

    /// <summary>A plain figure: at most two decimals, no separators (23520.84, 48987).</summary>
    public static string Plain(decimal value) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// An amount with its unit, in 万 or 亿 once it reaches them: 86,500 户 → 8.65万户, 16,630,000,000 元 →
    /// 166.3亿元. Three significant figures at most below a hundred (8.65, 21.4), one decimal above.
    /// A unit that already carries a multiplier (万人次, %) is written as it is.
    /// </summary>
    public static string Amount(decimal value, string? unit)
    {
        unit ??= "";
        if (unit.StartsWith('万') || unit.StartsWith('亿') || unit == "%") return Plain(value) + unit;
        var magnitude = Math.Abs(value);
        if (magnitude >= Yi && unit == "元") return Scaled(value / Yi) + "亿元";
        if (magnitude >= Wan) return Scaled(value / Wan) + "万" + unit;
        return Plain(value) + unit;
    }

    /// <summary>Money in yuan: 166.3亿元, 2760万元, 577元.</summary>
    public static string Money(decimal yuan) => Amount(yuan, "元");

    /// <summary>A scaled figure: two decimals below ten (8.65), one below a thousand (21.4, 166.3), none above.</summary>
    public static string Scaled(decimal value)
    {
        var magnitude = Math.Abs(value);
        var decimals = magnitude < 10 ? 2 : magnitude < 1000 ? 1 : 0;
        return Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>A rate (0.432) as a percentage to one decimal: 43.2%; a dash when there is none.</summary>
    public static string Percent(decimal? rate) =>
        rate is { } r ? PercentNumber(r).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>The number a percentage prints, to one decimal (0.4325 → 43.3).</summary>
    public static decimal PercentNumber(decimal rate) => Math.Round(rate * 100, 1, MidpointRounding.AwayFromZero);

    /// <summary>Percentage points to one decimal, without a sign: 10.0个百分点.</summary>
    public static string PointsOf(decimal points) =>
        Math.Round(Math.Abs(points), 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) + "个百分点";

    /// <summary>A rate against the elapsed share (a fraction): 超序时10.0个百分点, 落后序时2.1个百分点, 与序时持平.</summary>
    public static string VsElapsed(decimal vsElapsed)
    {
        var points = Math.Round(vsElapsed * 100, 1, MidpointRounding.AwayFromZero);
        return points switch
        {
            > 0 => "超序时" + PointsOf(points),
            < 0 => "落后序时" + PointsOf(points),
            _ => "与序时持平",
        };
    }

    /// <summary>The end of a reporting month: 2023年6月底.</summary>
    public static string MonthEnd(Period period) => $"{period.Year}年{period.Month}月底";

    /// <summary>A date as documents write it: 2023年7月5日.</summary>
    public static string Date(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>A date in Chinese numerals, as documents before GB/T 9704-2012 wrote it: 二〇二三年七月五日.</summary>
    public static string ChineseDate(DateOnly date)
    {
        const string digits = "〇一二三四五六七八九";
        var year = string.Concat(date.Year.ToString(CultureInfo.InvariantCulture).Select(d => digits[d - '0']));
        return $"{year}年{Numeral(date.Month)}月{Numeral(date.Day)}日";
    }

    /// <summary>Chinese numerals for headings and counts up to 99: 一, 十, 十二, 二十.</summary>
    public static string Numeral(int number)
    {
        const string digits = "零一二三四五六七八九";
        if (number is < 0 or > 99) return number.ToString(CultureInfo.InvariantCulture);
        if (number < 10) return digits[number].ToString();
        var tens = number / 10;
        var ones = number % 10;
        return (tens == 1 ? "" : digits[tens].ToString()) + "十" + (ones == 0 ? "" : digits[ones].ToString());
    }
}
