using System.Text.RegularExpressions;

namespace Minsheng.Engine.Imports.Targets;

/// <summary>A target's measure and where the words it is named from begin and end.</summary>
internal sealed record Placed(Measure Measure, int BeforeStart, int AfterEnd);

/// <summary>
/// Rules that read a measure against its neighbours: a count that runs into another count with no separator
/// is the scope of the second (等4处路段增设减速带30条), and a place with a count after 包括/其中 or in
/// parentheses is a district's share (包括中山区2所、沙河口区1所); neither is a target of its own.
/// </summary>
internal static partial class Neighbours
{
    public static IReadOnlyList<Placed> Place(Clauses clauses, IReadOnlyList<Measure> candidates)
    {
        var placed = new List<Placed>();
        var wordsFrom = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var measure = candidates[i];
            var next = i + 1 < candidates.Count ? candidates[i + 1] : null;
            var beforeStart = Math.Max(clauses.StartBefore(measure.Start), wordsFrom);
            var afterEnd = AfterEnd(clauses, measure, next);
            if (next is not null && afterEnd == next.Start)
            {
                wordsFrom = measure.End;
                continue;
            }
            wordsFrom = afterEnd;
            if (IsDistrictShare(clauses, measure, beforeStart)) continue;
            placed.Add(new Placed(measure, beforeStart, afterEnd));
        }
        return placed;
    }

    private static int AfterEnd(Clauses clauses, Measure measure, Measure? next)
    {
        var end = measure.End;
        var limit = next?.Start ?? clauses.Text.Length;
        while (end < limit && !clauses.IsSeparatorAt(end)) end++;
        return end;
    }

    private static bool IsDistrictShare(Clauses clauses, Measure measure, int beforeStart)
    {
        if (measure.End < clauses.Text.Length && !clauses.IsSeparatorAt(measure.End)) return false;
        var inBreakdown = Breakdown().IsMatch(clauses.SentenceBefore(measure.Start)) || clauses.InsideParentheses(measure.Start);
        if (!inBreakdown) return false;
        var local = BreakdownWord().Replace(clauses.Text[beforeStart..measure.Start].TrimStart('、', ' '), "");
        return Place().IsMatch(local) && !Everywhere().IsMatch(local);
    }

    [GeneratedRegex("包括|其中|分别")]
    private static partial Regex Breakdown();

    [GeneratedRegex("^(包括|其中|分别为|分别是|分别)")]
    private static partial Regex BreakdownWord();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,8}(新区|区|市|县|旗|镇|乡|街道|岛)$")]
    private static partial Regex Place();

    [GeneratedRegex("^(全|本|我|各)(市|区|县)$")]
    private static partial Regex Everywhere();
}
