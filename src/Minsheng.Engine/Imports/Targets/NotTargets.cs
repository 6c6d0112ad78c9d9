using System.Text.RegularExpressions;

namespace Minsheng.Engine.Imports.Targets;

/// <summary>
/// Numbers with a unit that are still no commitment, read from the words around them alone.
/// Years, dates and ages need no rule: 年, 月, 日, 岁 and 周岁 are not units.
/// </summary>
internal static partial class NotTargets
{
    public static bool Excludes(Clauses clauses, Measure measure)
    {
        var start = measure.Start;
        var text = clauses.Text;
        var before = text[clauses.StartBefore(start)..start];
        var after = text[measure.UnitEnd..clauses.EndAfter(measure.UnitEnd)];
        return measure.Number.IsPartOfWord
            || IsOrdinal(before)
            || IsCodeOrRange(before)
            || IsPreambleCount(before)
            || IsDescription(before)
            || IsFormerValue(after)
            || CountsWhoIsOrganised(after)
            || QualifiesANoun(after);
    }

    /// <summary>第十四届, 第3批.</summary>
    private static bool IsOrdinal(string before) => before.EndsWith('第');

    /// <summary>Specifications, codes and ranges: DN400, P3, G202, PM2.5, 4G/5G, 15~20+6周, 0-6岁.</summary>
    private static bool IsCodeOrRange(string before) => before.Length > 0 && (char.IsAsciiLetter(before[^1]) || "~+-−—–×*/#.·".Contains(before[^1]));

    /// <summary>6大类20项: the count of a list's items, by category.</summary>
    private static bool IsPreambleCount(string before) => PreambleEnding().IsMatch(before);

    /// <summary>占地面积约4900平方米, 全长3公里: the size of a facility describes it; it is not work to do.</summary>
    private static bool IsDescription(string before) => DescriptionEnding().IsMatch(before);

    /// <summary>由每人每月880元提高到920元: the figure a standard is raised from.</summary>
    private static bool IsFormerValue(string after) => FormerValueFollower().IsMatch(after);

    /// <summary>组织12个区市县: the units taking part, not work done.</summary>
    private static bool CountsWhoIsOrganised(string after) => OrganisedFollower().IsMatch(after);

    /// <summary>公交站点500米覆盖率, 15分钟健身圈: a distance or time that names a measure or an area.</summary>
    private static bool QualifiesANoun(string after) => QualifiedNoun().IsMatch(after);

    [GeneratedRegex(@"(大类|类|个领域|领域|个方面|方面)$")]
    private static partial Regex PreambleEnding();

    [GeneratedRegex(@"(面积|占地|全长|总长|长度|规模)(约|为|达)?$")]
    private static partial Regex DescriptionEnding();

    [GeneratedRegex(@"^(提高|提升|增加|增长|上调|调整|调增|降低|下降|下调|减少|压缩|降)(到|至|为)")]
    private static partial Regex FormerValueFollower();

    [GeneratedRegex(@"^(区市县|县市区|区县|县区|市县|区市|县\(市、区\)|区\(市、县\)|部门|成员单位)")]
    private static partial Regex OrganisedFollower();

    [GeneratedRegex(@"^([\p{IsCJKUnifiedIdeographs}]{0,5}圈|覆盖率|覆盖半径|服务半径|半径|范围)")]
    private static partial Regex QualifiedNoun();
}
