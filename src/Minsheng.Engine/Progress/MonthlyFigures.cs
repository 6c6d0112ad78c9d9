namespace Minsheng.Engine.Progress;

/// <summary>
/// The cumulative figures reported for one key (an indicator, a district of it, a project's money)
/// in the twelve months of a plan year. A later row for a month replaces an earlier one, and a
/// month without a row takes the latest earlier row.
/// </summary>
internal sealed class MonthlyFigures
{
    private readonly decimal?[] _byMonth = new decimal?[12];

    public void Set(int month, decimal value) => _byMonth[month - 1] = value;

    /// <summary>The figure standing at the end of a month (1-12); null when nothing was reported by then.</summary>
    public decimal? At(int month)
    {
        for (var m = Math.Min(month, 12); m >= 1; m--)
        {
            if (_byMonth[m - 1] is { } value) return value;
        }
        return null;
    }
}
