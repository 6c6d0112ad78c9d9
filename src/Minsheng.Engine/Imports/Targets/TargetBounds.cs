using System.Text.RegularExpressions;
using Minsheng.Engine.Model;

namespace Minsheng.Engine.Imports.Targets;

/// <summary>
/// Kind, direction and bound from the words before the number (its per-phrase already set aside) and the
/// measure's own trailing bound. A ceiling (不超过, 控制在…以内, 缩短至) is a level held from above;
/// a ratio, a per-person standard or a figure something is raised to (达到, 提高至) is a level;
/// everything else is a count toward the year's target.
/// </summary>
internal static partial class TargetBounds
{
    private enum Word { AtLeast, AtMost, Level }

    private static readonly (string Text, Word Word)[] Words =
    [
        .. From(Word.AtLeast, "不少于", "不低于", "不小于", "至少", "超过", "多于"),
        .. From(Word.AtMost, "不超过", "不高于", "不多于", "不大于", "低于", "少于", "小于",
            "控制在", "降至", "降到", "降低至", "降低到", "下降至", "下降到", "减少至", "减少到", "缩短至", "缩短到", "压缩至", "压缩到", "压减至", "压减到"),
        .. From(Word.Level, "达到", "提高至", "提高到", "提升至", "提升到", "增加至", "增加到", "增长至", "增长到", "上调至", "上调到", "调整为", "调整至",
            "稳定在", "保持在", "达"),
    ];

    /// <summary>The bound words, longest first, for names to leave out.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Words.Select(w => w.Text).OrderByDescending(w => w.Length)];

    public static (IndicatorKind Kind, Direction Direction, TargetBound Bound) Of(string before, Measure measure, bool isPerPhrase)
    {
        var word = WordEnding(before) ?? WordBeforeReference(before) ?? (AdverbBeforeVerb().IsMatch(before) ? Word.AtLeast : null);
        if (word == Word.AtMost || measure.Bound == TargetBound.AtMost) return (IndicatorKind.Level, Direction.Down, TargetBound.AtMost);

        var bound = word == Word.AtLeast ? TargetBound.AtLeast : measure.Bound;
        var isLevel = word == Word.Level || isPerPhrase || Units.IsRatio(measure.Unit);
        return (isLevel ? IndicatorKind.Level : IndicatorKind.Quantity, Direction.Up, bound);
    }

    private static Word? WordEnding(string before) =>
        Words.Where(w => before.EndsWith(w.Text, StringComparison.Ordinal)).OrderByDescending(w => w.Text.Length).Select(w => (Word?)w.Word).FirstOrDefault();

    /// <summary>不低于当地低保标准的1.3倍: the bound word comes before what the figure is relative to.</summary>
    private static Word? WordBeforeReference(string before) => Words
        .Select(w => (w.Word, w.Text, End: before.LastIndexOf(w.Text, StringComparison.Ordinal) is var at and >= 0 ? at + w.Text.Length : -1))
        .Where(w => w.End >= 0 && Reference().IsMatch(before[w.End..]))
        .OrderByDescending(w => w.End)
        .ThenByDescending(w => w.Text.Length)
        .Select(w => (Word?)w.Word)
        .FirstOrDefault();

    /// <summary>至少配备2名: an adverb bounding the verb before the number.</summary>
    [GeneratedRegex(@"(至少|最少)\p{IsCJKUnifiedIdeographs}{1,4}$")]
    private static partial Regex AdverbBeforeVerb();

    [GeneratedRegex(@"^[^\d,，、]{1,12}的$")]
    private static partial Regex Reference();

    private static IEnumerable<(string, Word)> From(Word word, params string[] texts) => texts.Select(t => (t, word));
}
