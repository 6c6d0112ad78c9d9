namespace Minsheng.Engine.Bulletins;

/// <summary>
/// When an item reaches its annual target at its recent pace: the mean monthly gain over the last
/// few months (fewer at the start of the year), carried forward from the month reported.
/// </summary>
public static class CompletionForecast
{
    /// <summary>Months the recent pace looks back over: a quarter, as offices report it.</summary>
    public const int DefaultWindow = 3;

    /// <summary>
    /// The month (1-12) whose end the target is reached, or null when the recent pace does not reach
    /// it by December (or there is no gain at all). Cumulative figures are indexed by month, 1 to 12;
    /// a month without a figure counts as the last one before it (0 before any).
    /// </summary>
    public static int? Month(decimal target, Func<int, decimal?> cumulative, int month, int window = DefaultWindow)
    {
        if (month is < 1 or > 12) return null;
        var now = Latest(cumulative, month);
        if (now >= target) return month;
        var from = Math.Max(0, month - window);
        var pace = (now - Latest(cumulative, from)) / (month - from);
        if (pace <= 0) return null;
        var monthsNeeded = (int)Math.Ceiling((target - now) / pace);
        var reached = month + monthsNeeded;
        return reached <= 12 ? reached : null;
    }

    /// <summary>The month a project completes: the last of its indicators, or null when any will not by December.</summary>
    public static int? Latest(IEnumerable<int?> indicatorMonths)
    {
        var latest = 0;
        foreach (var month in indicatorMonths)
        {
            if (month is not { } m) return null;
            latest = Math.Max(latest, m);
        }
        return latest == 0 ? null : latest;
    }

    private static decimal Latest(Func<int, decimal?> cumulative, int month)
    {
        for (var m = month; m >= 1; m--)
        {
            if (cumulative(m) is { } value) return value;
        }
        return 0;
    }
}
