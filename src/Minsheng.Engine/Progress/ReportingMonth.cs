namespace Minsheng.Engine.Progress;

/// <summary>序时进度: which month of the plan year has ended by an as-of date.</summary>
public static class ReportingMonth
{
    /// <summary>
    /// The as-of date's own month when it is that month's last day, otherwise the month before;
    /// 0 when no month of the plan year has ended, 12 after the year.
    /// </summary>
    public static int Of(DateOnly asOf, int planYear)
    {
        if (asOf.Year < planYear) return 0;
        if (asOf.Year > planYear) return 12;
        return asOf.Day == DateTime.DaysInMonth(asOf.Year, asOf.Month) ? asOf.Month : asOf.Month - 1;
    }

    public static decimal Elapsed(int month) => month / 12m;
}
