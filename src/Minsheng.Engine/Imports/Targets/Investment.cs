using System.Text.RegularExpressions;

namespace Minsheng.Engine.Imports.Targets;

/// <summary>
/// Money the text calls investment (总投资3.6亿元, 计划投资1200万元, 财政投入8000万元): the project's
/// investment, not a target. When several are stated, the year's figure wins (a project's investment is
/// what it plans for the year), then the total, then the first.
/// </summary>
internal static partial class Investment
{
    public static bool Is(Clauses clauses, Measure measure) =>
        measure.Unit == "元" && InvestmentWords().IsMatch(clauses.Text[clauses.StartBefore(measure.Start)..measure.Start]);

    public static decimal? Of(Clauses clauses, IReadOnlyList<Measure> investments)
    {
        if (investments.Count == 0) return null;
        var ofTheYear = investments.FirstOrDefault(m => YearWords().IsMatch(clauses.SentenceBefore(m.Start)));
        var total = investments.FirstOrDefault(m => clauses.SentenceBefore(m.Start).Contains("总投", StringComparison.Ordinal));
        return (ofTheYear ?? total ?? investments[0]).Value;
    }

    [GeneratedRegex(@"(投资|投入|估算|概算)(总额|额|金额|资金)?(约|为|达|共|计|总计|合计)*$")]
    private static partial Regex InvestmentWords();

    [GeneratedRegex(@"(年度|当年|今年|年内|全年|\d{4}年)[^。;；]*(投资|投入)")]
    private static partial Regex YearWords();
}
