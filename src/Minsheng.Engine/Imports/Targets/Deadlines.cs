using System.Text.RegularExpressions;

namespace Minsheng.Engine.Imports.Targets;

/// <summary>When a target is due: a month, and the year when the text names one (2025年6月底前).</summary>
public sealed record Deadline(int? Year, int Month);

/// <summary>A figure due by a deadline: 6月底前完成30个 is 30 due in June, a node of the indicator.</summary>
public sealed record DueFigure(Deadline When, decimal Value);

/// <summary>
/// Deadlines as lists write them: 6月底前, 六月底, 2025年10月31日前, 三季度末, 上半年, 年底前. In a content the month must
/// say it ends something (底, 末, 前), since 6月开工 is no deadline; in a 完成时限 column a bare 2025年6月 is.
/// </summary>
public static partial class Deadlines
{
    /// <summary>The last deadline a content's text states, if any.</summary>
    internal static Deadline? InContent(string text) => Last(ContentDeadline().Matches(text));

    /// <summary>A sentence opening with its deadline (年底前，完成…；力争6月底前，…): it holds for every clause of the sentence.</summary>
    internal static Deadline? OpeningSentence(string sentence) =>
        OpeningClause().Match(sentence) is { Success: true } opening ? InContent(opening.Value) : null;

    /// <summary>The deadline a 完成时限 cell states: the last one when it names a span (3月-10月).</summary>
    public static Deadline? OfColumn(string cell)
    {
        var matches = ColumnDeadline().Matches(cell);
        if ((Last(matches) ?? InContent(cell)) is not { } deadline) return null;
        // 2025年3月-10月: the year written once holds for the span.
        var year = matches.LastOrDefault(m => m.Groups["year"].Success)?.Groups["year"].Value;
        return deadline.Year is null && year is not null ? deadline with { Year = int.Parse(year, System.Globalization.CultureInfo.InvariantCulture) } : deadline;
    }

    private static Deadline? Last(MatchCollection matches)
    {
        for (var i = matches.Count - 1; i >= 0; i--)
        {
            if (Read(matches[i]) is { } deadline) return deadline;
        }
        return null;
    }

    private static Deadline? Read(Match match)
    {
        int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        int? month = match.Groups["month"].Success ? Number(match.Groups["month"].Value)
            : match.Groups["quarter"].Success ? Number(match.Groups["quarter"].Value) * 3
            : match.Groups["half"].Success ? (match.Groups["half"].Value == "上" ? 6 : 12)
            : match.Groups["yearEnd"].Success ? 12
            : null;
        return month is >= 1 and <= 12 ? new Deadline(year, month.Value) : null;
    }

    private static int Number(string written) => written switch
    {
        "一" => 1, "二" => 2, "三" => 3, "四" => 4, "五" => 5, "六" => 6, "七" => 7, "八" => 8, "九" => 9, "十" => 10, "十一" => 11, "十二" => 12,
        _ => int.TryParse(written, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0,
    };

    private const string Year = @"(?:(?<year>20\d\d)\s*年\s*)?";
    private const string Month = @"(?<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月";
    private const string Quarter = @"第?(?<quarter>[一二三四1-4])\s*季度";

    // 1月1日起 is when something starts, and 上半年开工 the start of work: neither is a deadline.
    [GeneratedRegex(Year + "(?:" + Month + @"(?:份)?(?:(?:底|末)(?:前|之前|以前)?|\d{1,2}日(?:前|之前|以前)|(?:前|之前|以前))" + "|" + Quarter + @"(?:末|底)?(?:前|之前|以前)?" + @"|(?<half>[上下])半年|(?<yearEnd>(?<=年\s*)[底末]|年底|年末)(?:前|之前|以前)?)(?!(?:前|之前|以前)?(?:开工|动工|启动|开始|起))")]
    private static partial Regex ContentDeadline();

    /// <summary>A clause saying only by when (9月底前完成, 年底前全部建成投用).</summary>
    internal static Deadline? ClosingClause(string clause) =>
        ClosingPattern().IsMatch(clause) ? InContent(clause) : null;

    [GeneratedRegex(@"^\s*(?:力争|确保|计划|于|在)?[^,，;；。]{0,12}?(?:前|底|末|半年)(?:全部|全面|基本)?(?:完成|建成|完工|投用|投入使用|交付|到位)*\s*$")]
    private static partial Regex ClosingPattern();

    [GeneratedRegex(@"^\s*(?:力争|确保|计划|要求|于|在)?[^,，;；。]{0,16}?(?:前|底|末|半年)\s*[,，]")]
    private static partial Regex OpeningClause();

    [GeneratedRegex(Year + "(?:" + Month + "|" + Quarter + @"|(?<half>[上下])半年|(?<yearEnd>(?<=年\s*)[底末]|年底|年末|全年))")]
    private static partial Regex ColumnDeadline();
}
