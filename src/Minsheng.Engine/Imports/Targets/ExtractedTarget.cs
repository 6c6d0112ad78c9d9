using Minsheng.Engine.Model;

namespace Minsheng.Engine.Imports.Targets;

/// <summary>How the text bounds the value: 不少于/以上 (AtLeast), 不超过/以内 (AtMost), or as stated.</summary>
public enum TargetBound { Exact, AtLeast, AtMost }

/// <summary>
/// One measurable commitment found in a project's content.
/// Start/Length: the span in the input text (for highlighting in a preview UI). Due: what the text says is due
/// by when (6月底前完成30个, or 30 by June and the target by the year's end), the indicator's nodes.
/// </summary>
public sealed record ExtractedTarget(string Name, decimal Value, string Unit, IndicatorKind Kind, Direction Direction, TargetBound Bound, int Start, int Length)
{
    public IReadOnlyList<DueFigure> Due { get; init; } = [];

    /// <summary>The index, among the content's targets, of the target this one is a part of (其中), or null.</summary>
    public int? PartOf { get; init; }
}

/// <summary>The targets of a project's content and its investment in yuan, when the text states one.</summary>
public sealed record ExtractedContent(IReadOnlyList<ExtractedTarget> Targets, decimal? Investment);
