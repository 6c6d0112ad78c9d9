using Minsheng.Engine.Model;

namespace Minsheng.Engine.Progress;

/// <summary>The rules of DOMAIN.md for one indicator at one month.</summary>
public static class IndicatorRules
{
    /// <summary>完成率: actual / target (target / actual when lower is better); may exceed 1; null on a zero denominator.</summary>
    public static decimal? Rate(Indicator indicator, decimal actual) => Rate(indicator.Direction, indicator.Target, actual);

    public static decimal? Rate(Direction direction, decimal target, decimal actual) => direction == Direction.Down
        ? actual == 0 ? null : target / actual
        : target == 0 ? null : actual / target;

    /// <summary>Progress averages rates capped at 100%.</summary>
    public static decimal? Capped(decimal? rate) => rate is { } r ? Math.Min(r, 1m) : null;

    /// <summary>
    /// Whether a figure reaches the annual target. Nothing reported counts as 0 for a cumulative
    /// figure; a ceiling is only met by a reported figure at or below it.
    /// </summary>
    public static bool Reaches(Indicator indicator, decimal? reported) => indicator.Direction == Direction.Down
        ? reported is { } actual && actual <= indicator.Target
        : (reported ?? 0) >= indicator.Target;

    /// <summary>
    /// Completed when the target is reached; otherwise against the node due: ahead above it,
    /// on schedule at it (or when nothing is due, or the shortfall is within the tolerance),
    /// behind below it, yellow while the shortfall is under the red threshold and red from it on.
    /// </summary>
    public static Judgement Judge(Indicator indicator, PlanSettings settings, int month, decimal? reported)
    {
        var node = NodeCurve.At(indicator, settings.Curve, month);
        if (month >= 1 && Reaches(indicator, reported)) return Judgement.Green(Status.Completed, node);
        if (node is not { } due) return Judgement.Green(Status.OnSchedule, null);
        // A ceiling with no reported figure gives no evidence either way.
        if (indicator.Direction == Direction.Down && reported is null) return Judgement.Green(Status.OnSchedule, due);

        var actual = reported ?? 0;
        var gap = indicator.Direction == Direction.Down ? actual - due : due - actual;
        if (gap < 0) return Judgement.Green(Status.Ahead, due);
        if (gap == 0) return Judgement.Green(Status.OnSchedule, due);

        decimal? shortfall = indicator.Target == 0 ? null : gap / indicator.Target * 100;
        if (shortfall is { } points && points <= settings.TolerancePoints)
        {
            return new Judgement(Status.OnSchedule, Light.Green, due, shortfall);
        }
        var light = shortfall is { } p && p < settings.RedPoints ? Light.Yellow : Light.Red;
        return new Judgement(Status.Behind, light, due, shortfall);
    }
}

/// <summary>An indicator's status and light at a month, the node it was judged against and its shortfall in points.</summary>
public readonly record struct Judgement(Status Status, Light Light, decimal? Node, decimal? Shortfall)
{
    public static Judgement Green(Status status, decimal? node) => new(status, Light.Green, node, null);
}
