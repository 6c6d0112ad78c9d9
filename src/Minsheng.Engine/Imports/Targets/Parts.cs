using Minsheng.Engine.Model;

namespace Minsheng.Engine.Imports.Targets;

/// <summary>
/// 其中 opens the parts of a target: a figure after it, to the end of its sentence (or of the parenthesis
/// it opens), counted like the nearest target before it is a part of that one (住房3200套，其中新建1800套、
/// 改建1400套), a sub-indicator rather than a further commitment. A part larger than its whole is none.
/// </summary>
internal static class Parts
{
    private const string Word = "其中";

    public static IReadOnlyList<ExtractedTarget> Mark(Clauses clauses, IReadOnlyList<ExtractedTarget> targets)
    {
        var marked = targets.ToList();
        for (var i = 0; i < marked.Count; i++)
        {
            var part = marked[i];
            if (part.Kind == IndicatorKind.Milestone || Opening(clauses, part.Start) is not { } opening) continue;
            var whole = i == 0 ? -1 : marked.FindLastIndex(i - 1, i, t => t.Start + t.Length <= opening && CountedAlike(t, part));
            if (whole < 0 || marked[whole].PartOf is not null || !InOneSentence(clauses.Text, marked[whole].Start, opening)) continue;
            if (part.Kind == IndicatorKind.Quantity && part.Direction == Direction.Up && part.Value > marked[whole].Value) continue;
            marked[i] = part with { PartOf = whole };
        }
        return marked;
    }

    /// <summary>Where the 其中 whose scope holds the position stands, if one does.</summary>
    private static int? Opening(Clauses clauses, int position)
    {
        var text = clauses.Text;
        var at = text.LastIndexOf(Word, Math.Max(0, position - 1), StringComparison.Ordinal);
        if (at < 0 || clauses.IsQuoted(at)) return null;
        var inParentheses = at > 0 && text[at - 1] is '(' or '（';
        for (var i = at + Word.Length; i < position; i++)
        {
            if (text[i] is '。' or ';' or '；' or '\n' || (inParentheses && text[i] is ')' or '）')) return null;
        }
        return at;
    }

    private static bool CountedAlike(ExtractedTarget whole, ExtractedTarget part) =>
        whole.Kind == part.Kind && whole.Direction == part.Direction && whole.Unit == part.Unit;

    private static bool InOneSentence(string text, int from, int to) => text.AsSpan(from, to - from).IndexOfAny("。;；\n") < 0;
}
