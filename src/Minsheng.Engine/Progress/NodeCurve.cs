using Minsheng.Engine.Model;

namespace Minsheng.Engine.Progress;

/// <summary>节点目标: the cumulative value due by the end of a month.</summary>
public static class NodeCurve
{
    /// <summary>
    /// The node due at the end of month m, or null when nothing is due yet.
    /// Linear: the line through (0, 0), the explicit nodes and (12, target), which is target × m/12
    /// when no node is set. Nodes: only explicit nodes count; the latest one due stands.
    /// A lower-is-better target is a ceiling: it holds until the first explicit node (all year when
    /// there is none), and from there follows the curve like any other indicator.
    /// For a milestone the line is read down to whole stages.
    /// </summary>
    public static decimal? At(Indicator indicator, Curve planCurve, int month)
    {
        if (month <= 0) return null;
        var nodes = indicator.Nodes;
        var ceiling = indicator.Direction == Direction.Down;
        if ((indicator.Curve ?? planCurve) == Curve.Nodes)
        {
            return LatestNodeDue(nodes, month) ?? (ceiling ? indicator.Target : null);
        }
        if (nodes.TryGetValue(month, out var exact)) return exact;

        int fromMonth = 0, toMonth = 12;
        decimal fromValue = 0, toValue = indicator.Target;
        foreach (var (m, value) in nodes)
        {
            if (m < month && m > fromMonth) (fromMonth, fromValue) = (m, value);
            if (m > month && m <= toMonth) (toMonth, toValue) = (m, value);
        }
        // A ceiling has no line before its first node: a ceiling of 0 at month 0 would be absurd.
        if (ceiling && fromMonth == 0) return indicator.Target;
        // Multiply before dividing so that exact nodes stay exact (146 × 9 / 12 = 109.5).
        var line = fromValue + (toValue - fromValue) * (month - fromMonth) / (toMonth - fromMonth);
        // A stage is reached or not: the stage due is the last one the line has fully reached.
        return indicator.Kind == IndicatorKind.Milestone ? decimal.Floor(line) : line;
    }

    private static decimal? LatestNodeDue(IReadOnlyDictionary<int, decimal> nodes, int month)
    {
        int latest = 0;
        decimal? value = null;
        foreach (var (m, v) in nodes)
        {
            if (m <= month && m > latest) (latest, value) = (m, v);
        }
        return value;
    }
}
