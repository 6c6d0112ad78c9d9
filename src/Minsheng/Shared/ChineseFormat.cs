using System.Globalization;

namespace Minsheng.Shared;

/// <summary>Figures as Chinese official documents write them: 166.3亿元, 8.65万户, 58.6%, 快8.6个百分点.</summary>
public static class ChineseFormat
{
    public static string Percent(decimal? rate) =>
        rate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>Money in 亿元 or 万元 with sensible decimals.</summary>
    public static string Money(decimal yuan) => yuan switch
    {
        >= 100_000_000 => (yuan / 100_000_000).ToString("0.##", CultureInfo.InvariantCulture) + "亿元",
        >= 10_000 => (yuan / 10_000).ToString("0.##", CultureInfo.InvariantCulture) + "万元",
        _ => yuan.ToString("0.##", CultureInfo.InvariantCulture) + "元",
    };

    /// <summary>Rate minus elapsed in percentage points: 快8.6个百分点 / 慢2.1个百分点.</summary>
    public static string Points(decimal? vsElapsed) => vsElapsed switch
    {
        null => "—",
        >= 0 => $"快{(vsElapsed.Value * 100).ToString("0.0", CultureInfo.InvariantCulture)}个百分点",
        _ => $"慢{(-vsElapsed.Value * 100).ToString("0.0", CultureInfo.InvariantCulture)}个百分点",
    };

    /// <summary>A node on the line between two targets (58.3333) reads to one decimal.</summary>
    public static string Node(decimal value) => decimal.Round(value, 1).ToString("#,0.#", CultureInfo.InvariantCulture);

    public static string Figure(decimal value) => decimal.Round(value, 4).ToString("#,0.####", CultureInfo.InvariantCulture);

    public static string Month(Engine.Model.Period period) => $"{period.Year}年{period.Month}月";

    /// <summary>A moment in China Standard Time: 2024年11月3日 14:05.</summary>
    public static string Moment(DateTimeOffset at)
    {
        var china = at.ToOffset(TimeSpan.FromHours(8));
        return $"{china.Year}年{china.Month}月{china.Day}日 {china:HH:mm}";
    }
}
