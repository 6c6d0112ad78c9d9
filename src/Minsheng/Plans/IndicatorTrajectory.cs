using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;

namespace Minsheng.Plans;

/// <summary>
/// An indicator over the twelve months of its plan: the explicit node targets, the node due each
/// month on the engine's curve, the whole-region figure reported for each month (the latest row
/// of the month) and the figure standing at each month's end, up to the month shown.
/// </summary>
public sealed record IndicatorTrajectory(
    string Code,
    string Name,
    string? Unit,
    decimal Target,
    IReadOnlyList<NodeTarget> Nodes,
    IReadOnlyList<decimal?> Expected,
    IReadOnlyList<decimal?> Reported,
    IReadOnlyList<decimal?> Standing)
{
    public static IndicatorTrajectory Of(Plan plan, Indicator indicator, int shownMonth)
    {
        var reported = new decimal?[12];
        foreach (var row in plan.IndicatorReports)
        {
            if (row.Indicator == indicator.Code && row.District is null && row.Period.Year == plan.Year && row.Period.Month <= shownMonth)
            {
                reported[row.Period.Month - 1] = row.Actual;
            }
        }
        var standing = new decimal?[12];
        decimal? latest = null;
        for (var month = 1; month <= shownMonth && month <= 12; month++)
        {
            latest = reported[month - 1] ?? latest;
            standing[month - 1] = latest;
        }
        return new IndicatorTrajectory(
            indicator.Code,
            indicator.Name,
            indicator.Unit,
            indicator.Target,
            indicator.Nodes.OrderBy(n => n.Key).Select(n => new NodeTarget(n.Key, n.Value)).ToList(),
            Enumerable.Range(1, 12).Select(month => NodeCurve.At(indicator, plan.Settings.Curve, month)).ToList(),
            reported,
            standing);
    }
}

public sealed record NodeTarget(int Month, decimal Value);
