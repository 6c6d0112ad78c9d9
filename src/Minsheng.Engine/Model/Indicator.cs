namespace Minsheng.Engine.Model;

public enum IndicatorKind { Quantity, Level, Milestone }

/// <summary>Up: more is better. Down: the target is a ceiling (登记失业率低于4.3%).</summary>
public enum Direction { Up, Down }

/// <summary>
/// One measurable target of a project. For milestones the target is the number of stages
/// and actual figures and nodes are 1-based stage numbers.
/// </summary>
public sealed record Indicator(
    string Code,
    string Name,
    IndicatorKind Kind,
    decimal Target,
    string? Unit,
    Direction Direction,
    IReadOnlyList<string> Stages,
    IReadOnlyDictionary<int, decimal> Nodes,
    IReadOnlyDictionary<string, decimal> DistrictTargets,
    Curve? Curve = null)
{
    private readonly bool? _wholeNumbers;

    /// <summary>
    /// The code of the indicator of the same project that this one breaks down (住房3200套，其中新建1800套):
    /// a sub-indicator is reported and judged like any other, but its project's progress, status and the
    /// counts of 子项 take only the indicators it breaks down, so that one commitment never weighs twice.
    /// </summary>
    public string? Of { get; init; }

    /// <summary>
    /// Whether a figure of the indicator must be a whole number (户 counts whole households): as the
    /// office set it, else as its unit says (<see cref="CountUnits"/>). A milestone's stages always are.
    /// </summary>
    public bool WholeNumbers
    {
        get => Kind == IndicatorKind.Milestone || (_wholeNumbers ?? CountUnits.Counts(Unit));
        init => _wholeNumbers = value;
    }
}
