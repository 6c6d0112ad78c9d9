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
            // The parts together are no more than their whole (住房3200套，其中新建1800套、改建1400套).
            var before = marked.Where(t => t.PartOf == whole).Sum(t => t.Value);
            if (part.Kind == IndicatorKind.Quantity && part.Direction == Direction.Up && before + part.Value > marked[whole].Value) continue;
            marked[i] = part with { PartOf = whole };
        }
        return marked;
    }

    /// <summary>
    /// Where the 其中 whose scope holds the position stands, if one does. The parts run on with 、 (其中新建1800套、改建
    /// 1400套); a comma after them starts what is no part (，同时改造棚户区住房1000套), as does the end of the sentence
    /// or of the parenthesis 其中 opened.
    /// </summary>
    private static int? Opening(Clauses clauses, int position)
    {
        var text = clauses.Text;
        var at = text.LastIndexOf(Word, Math.Max(0, position - 1), StringComparison.Ordinal);
        if (at < 0 || clauses.IsQuoted(at)) return null;
        var inParentheses = at > 0 && text[at - 1] is '(' or '（';
        var from = at + Word.Length;
        if (from < text.Length && text[from] is ',' or '，' or ':' or '：') from++;
        for (var i = from; i < position; i++)
        {
            if (text[i] is '。' or ';' or '；' or '\n' or '，' || (inParentheses && text[i] is ')' or '）')) return null;
            // 4,500个: a comma between digits groups thousands.
            if (text[i] == ',' && !(i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))) return null;
        }
        return at;
    }

    private static bool CountedAlike(ExtractedTarget whole, ExtractedTarget part) =>
        whole.Kind == part.Kind && whole.Direction == part.Direction && whole.Unit == part.Unit;

    private static bool InOneSentence(string text, int from, int to) => text.AsSpan(from, to - from).IndexOfAny("。;；\n") < 0;
}
