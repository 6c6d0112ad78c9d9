using Minsheng.Engine.Model;

namespace Minsheng.Engine.Progress;

/// <summary>节点目标: the cumulative value due by the end of a month.</summary>
public static class NodeCurve
{
    /// <summary>
    /// The node due at the end of month m, or null when nothing is due yet.
    /// Linear: the line through (0, 0), the explicit nodes and (12, target), which is target × m/12
    /// when no node is set. Nodes: only explicit nodes count; the latest one due stands.
    /// A lower-is-better target is a ceiling that holds all year unless a node says otherwise.
    /// For a milestone the line is read down to whole stages.
    /// </summary>
    public static decimal? At(Indicator indicator, Curve planCurve, int month)
    {
        if (month <= 0) return null;
        var nodes = indicator.Nodes;
        if (indicator.Direction == Direction.Down)
        {
            return LatestNodeDue(nodes, month) ?? indicator.Target;
        }
        if ((indicator.Curve ?? planCurve) == Curve.Nodes)
        {
            return LatestNodeDue(nodes, month);
        }
        if (nodes.TryGetValue(month, out var exact)) return exact;

        int fromMonth = 0, toMonth = 12;
        decimal fromValue = 0, toValue = indicator.Target;
        foreach (var (m, value) in nodes)
        {
            if (m < month && m > fromMonth) (fromMonth, fromValue) = (m, value);
            if (m > month && m <= toMonth) (toMonth, toValue) = (m, value);
        }
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
