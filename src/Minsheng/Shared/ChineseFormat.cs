using System.Globalization;
using Minsheng.Engine.Bulletins;
using Minsheng.Engine.Documents;
using Minsheng.Engine.Model;

namespace Minsheng.Shared;

/// <summary>Figures on the pages: the documents' conventions (<see cref="ChineseFigures"/>) plus the pages' own short forms.</summary>
public static class ChineseFormat
{
    public static string Percent(decimal? rate) => ChineseFigures.Percent(rate);

    /// <summary>Money in 亿元 or 万元 with sensible decimals.</summary>
    public static string Money(decimal yuan) => ChineseFigures.Money(yuan);

    /// <summary>Rate minus elapsed in percentage points: 快8.6个百分点 / 慢2.1个百分点.</summary>
    public static string Points(decimal? vsElapsed) => vsElapsed switch
    {
        null => "—",
        >= 0 => $"快{(vsElapsed.Value * 100).ToString("0.0", CultureInfo.InvariantCulture)}个百分点",
        _ => $"慢{(-vsElapsed.Value * 100).ToString("0.0", CultureInfo.InvariantCulture)}个百分点",
    };

    /// <summary>An indicator's figure in a table: at its precision with thousands separators, or its stage's name (<see cref="WrittenFigures"/>).</summary>
    public static string Figure(Indicator indicator, decimal value) => WrittenFigures.Cell(indicator, value);

    /// <summary>A node in a table: a whole count's 58.33 reads 59, the fewest that meet it (<see cref="WrittenFigures.Node"/>).</summary>
    public static string Node(Indicator indicator, decimal node) => WrittenFigures.NodeCell(indicator, node);

    /// <summary>A figure as an input box holds it: exact, without separators, so that sending it back changes nothing.</summary>
    public static string Input(decimal value) => Numbers.Normalize(value).ToString(CultureInfo.InvariantCulture);

    public static string Month(Period period) => $"{period.Year}年{period.Month}月";

    public static string Day(DateOnly day) => $"{day.Year}年{day.Month}月{day.Day}日";

    /// <summary>A moment in China Standard Time: 2024年11月3日 14:05.</summary>
    public static string Moment(DateTimeOffset at)
    {
        var china = ChinaTime.Of(at);
        return $"{china.Year}年{china.Month}月{china.Day}日 {china:HH:mm}";
    }
}
