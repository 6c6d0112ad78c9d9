namespace Minsheng.Engine.Imports.Targets;

/// <summary>
/// Finds the measurable targets in a project's content text, and the investment it states.
/// The text is expected normalised (Simplified Chinese, half-width ASCII); full-width is read anyway.
/// </summary>
public static class TargetExtractor
{
    public static ExtractedContent Extract(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var clauses = new Clauses(FullWidth.ToHalfWidth(content));
        var measures = NumberScanner.Scan(clauses.Text)
            .Select(n => Measure.Read(clauses.Text, n))
            .OfType<Measure>()
            .Where(m => !clauses.IsQuoted(m.Start))
            .ToList();
        var investments = measures.Where(m => Investment.Is(clauses, m)).ToList();
        var candidates = measures.Except(investments).Where(m => !NotTargets.Excludes(clauses, m)).ToList();
        var targets = Neighbours.Place(clauses, candidates).Select(p => Target(clauses, p)).ToList();
        return new ExtractedContent(SharedWords.Named(clauses.Text, Parts.Mark(clauses, DueTargets.Merge(targets))), Investment.Of(clauses, investments));
    }

    private static ExtractedTarget Target(Clauses clauses, Placed placed)
    {
        var text = clauses.Text;
        var measure = placed.Measure;
        var before = text[placed.BeforeStart..measure.Start];
        var per = Units.IsRatio(measure.Unit) ? null : Units.PerPhrase(before);
        var beforeBound = per is { } p && p.Index + p.Length == before.Length ? before[..p.Index] : before;
        var (kind, direction, bound) = TargetBounds.Of(beforeBound, measure, per is not null);
        var name = TargetNames.Of(before, NounAfter(clauses, measure, placed.AfterEnd), text[measure.End..clauses.EndAfter(measure.End)]);
        if (name.Length == 0) name = NameBeforeParenthesis(clauses, measure.Start);
        var unit = measure.Unit + (per?.Suffix ?? "");
        var due = DueTargets.Deadline(clauses, measure.Start) is { } deadline ? new[] { new DueFigure(deadline, measure.Value) } : [];
        return new ExtractedTarget(name, measure.Value, unit, kind, direction, bound, measure.Start, measure.UnitEnd - measure.Start) { Due = due };
    }

    /// <summary>新建社区老年食堂(助餐点)25个: the clause stops at the parenthesis, and the name is what comes before it.</summary>
    private static string NameBeforeParenthesis(Clauses clauses, int position)
    {
        var text = clauses.Text;
        if (position == 0 || text[position - 1] is not (')' or '）')) return "";
        var open = text.LastIndexOfAny(['(', '（'], position - 1);
        return open > 0 ? TargetNames.Of(text[clauses.StartBefore(open)..open], "", "") : "";
    }

    /// <summary>The words after the unit; a parenthesis right after it is skipped (143户(C级70户、D级73户)农村低收入群体).</summary>
    private static string NounAfter(Clauses clauses, Measure measure, int afterEnd)
    {
        var text = clauses.Text;
        var after = text[measure.End..afterEnd];
        if (after.Length > 0 || afterEnd >= text.Length || text[afterEnd] is not ('(' or '（')) return after;
        var close = text.IndexOfAny([')', '）'], afterEnd);
        if (close < 0) return after;
        var end = close + 1;
        while (end < text.Length && !clauses.IsSeparatorAt(end)) end++;
        return text[(close + 1)..end];
    }
}
