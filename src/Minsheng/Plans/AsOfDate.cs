using System.Globalization;
using Minsheng.Engine.Model;

namespace Minsheng.Plans;

public static class AsOfDate
{
    /// <summary>
    /// The as-of date of a query: the date given (YYYY-MM-DD), or else the last day of the latest
    /// month reported on the plan, so that a page opens on the newest figures.
    /// </summary>
    public static bool TryResolve(string? text, Plan plan, out DateOnly asOf, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            asOf = LatestReported(plan);
            return true;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf)) return true;
        error = $"'{text}' is not a date of the form YYYY-MM-DD.";
        return false;
    }

    public static DateOnly LatestReported(Plan plan)
    {
        var periods = plan.IndicatorReports.Select(r => r.Period).Concat(plan.ProjectReports.Select(r => r.Period)).ToList();
        if (periods.Count == 0) return new DateOnly(plan.Year, 1, 1);
        var latest = periods.Max();
        return new DateOnly(latest.Year, latest.Month, DateTime.DaysInMonth(latest.Year, latest.Month));
    }
}
