namespace Minsheng.Engine.Imports.Targets;

/// <summary>
/// Deadlines inside a content: the clause's own (6月底前完成30个), else one the sentence opens with (年底前，…).
/// A figure due earlier followed by the same measure due later (6月底前完成30个，年底前完成100个) is one
/// indicator with a node, not two targets.
/// </summary>
internal static class DueTargets
{
    /// <summary>Names that say no more than "done by then": the clause continues the target before it.</summary>
    private static readonly HashSet<string> BareVerbs = ["", "完成", "全部完成", "累计完成", "实现", "达到", "建成", "完工", "全面完成"];

    public static Deadline? Deadline(Clauses clauses, int position)
    {
        var clause = clauses.Text[clauses.StartBefore(position)..position];
        return Deadlines.InContent(clause) ?? Deadlines.OpeningSentence(clauses.SentenceBefore(position)) ?? Closing(clauses, position);
    }

    /// <summary>新建公办幼儿园5所，9月底前完成: a clause of its deadline alone, right after the figure's, closes it.</summary>
    private static Deadline? Closing(Clauses clauses, int position)
    {
        var end = clauses.EndAfter(position);
        if (end >= clauses.Text.Length || clauses.Text[end] is not (',' or '，')) return null;
        var next = clauses.Text[(end + 1)..clauses.EndAfter(end + 1)];
        return Deadlines.ClosingClause(next);
    }

    public static IReadOnlyList<ExtractedTarget> Merge(List<ExtractedTarget> targets)
    {
        var merged = new List<ExtractedTarget>();
        foreach (var target in targets)
        {
            if (merged.Count > 0 && merged[^1] is { Due.Count: > 0 } earlier && Continues(earlier, target))
            {
                merged[^1] = target with { Name = earlier.Name, Due = [.. earlier.Due, .. target.Due] };
                continue;
            }
            merged.Add(target);
        }
        return merged;
    }

    private static bool Continues(ExtractedTarget earlier, ExtractedTarget later) =>
        BareVerbs.Contains(later.Name) && later.Unit == earlier.Unit && later.Kind == earlier.Kind && later.Value > earlier.Value
        && (later.Due.Count == 0 || later.Due[^1].When.Month > earlier.Due[^1].When.Month);
}
