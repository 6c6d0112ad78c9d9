using Microsoft.EntityFrameworkCore;
using Minsheng.Data;
using Minsheng.Engine.Documents;
using Minsheng.Engine.Model;

namespace Minsheng.Reporting;

/// <summary>The checks every reported cumulative figure passes, however it arrives (API, form, Excel sheet).</summary>
internal static class FigureChecks
{
    /// <summary>What the checks need to know of an indicator: its kind, target, whether it takes whole numbers, its unit.</summary>
    public sealed record Rules(IndicatorKind Kind, decimal Target, bool WholeNumbers, string? Unit);

    /// <summary>Beyond this multiple of the annual target a figure is likely a typing slip (an extra zero).</summary>
    public const decimal FarAboveTarget = 3;

    /// <summary>
    /// What is wrong with a figure, or null. A whole-number indicator (户, 所, a milestone's stage) takes no
    /// fraction. A fall below last month's or a figure far above the target needs a reason in the note.
    /// </summary>
    public static string? Problem(Rules indicator, decimal actual, (Period Period, decimal Actual)? earlier, string? note)
    {
        var (kind, target) = (indicator.Kind, indicator.Target);
        if (actual < 0) return ReportErrors.Get("Negative", actual);
        if (actual > Numbers.Largest) return ReportErrors.Get("TooLarge", actual, Numbers.Largest.ToString("0"));
        if (kind == IndicatorKind.Milestone && (actual != decimal.Truncate(actual) || actual > target))
        {
            return ReportErrors.Get("NotAStage", actual, Numbers.Normalize(target));
        }
        if (indicator.WholeNumbers && actual != decimal.Truncate(actual))
        {
            return string.IsNullOrWhiteSpace(indicator.Unit)
                ? ReportErrors.Get("NotWholeNoUnit", Numbers.Normalize(actual))
                : ReportErrors.Get("NotWhole", indicator.Unit.Trim(), Numbers.Normalize(actual));
        }
        var explained = !string.IsNullOrWhiteSpace(note);
        if (!explained && earlier is { } before && actual < before.Actual)
        {
            return ReportErrors.Get("Falling", actual, before.Period, Numbers.Normalize(before.Actual));
        }
        if (!explained && kind != IndicatorKind.Milestone && target > 0 && actual > target * FarAboveTarget)
        {
            return ReportErrors.Get("FarAbove", actual, FarAboveTarget, Numbers.Normalize(target));
        }
        return null;
    }

    /// <summary>Each indicator's whole-region figure standing before a month: the latest row of an earlier month.</summary>
    public static async Task<Dictionary<int, (Period Period, decimal Actual)>> FiguresBeforeAsync(MinshengDb db, int planId, Period month, CancellationToken cancellationToken)
    {
        var rows = await db.IndicatorReports.Where(r => r.PlanId == planId && r.DistrictId == null && r.Year == month.Year && r.Month < month.Month)
            .OrderBy(r => r.Month).ThenBy(r => r.Id).Select(r => new { r.IndicatorId, r.Month, r.Actual }).ToListAsync(cancellationToken);
        var figures = new Dictionary<int, (Period, decimal)>();
        foreach (var row in rows) figures[row.IndicatorId] = (new Period(month.Year, row.Month), row.Actual);
        return figures;
    }
}
