using Microsoft.EntityFrameworkCore;
using Minsheng.Data;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;

namespace Minsheng.Plans;

/// <summary>A stored plan and its figures at a month, as the pages show them: the month chosen, or the latest reported.</summary>
public sealed record PlanAtMonth(int Id, Plan Plan, Summary Summary, IReadOnlyList<Period> Months, IReadOnlyList<(int Id, string Title)> Plans)
{
    public static async Task<PlanAtMonth?> LoadAsync(MinshengDb db, int? planId, string? month, CancellationToken cancellationToken)
    {
        var plans = await db.Plans.OrderByDescending(p => p.Year).ThenBy(p => p.Region)
            .Select(p => new { p.Id, p.Title }).ToListAsync(cancellationToken);
        if (plans.Count == 0) return null;
        var id = planId is { } wanted && plans.Any(p => p.Id == wanted) ? wanted : plans[0].Id;
        var plan = (await PlanLoader.LoadAsync(db, id, cancellationToken))!;

        var latest = AsOfDate.LatestReported(plan);
        // The months reported so far, or the whole year for a plan without reports.
        var reported = plan.IndicatorReports.Select(r => r.Period.Month).Concat(plan.ProjectReports.Select(r => r.Period.Month)).DefaultIfEmpty(12).Max();
        var months = Enumerable.Range(1, reported).Select(m => new Period(plan.Year, m)).ToList();
        var asOf = Period.TryParse(month, out var chosen) && chosen.Year == plan.Year
            ? new DateOnly(chosen.Year, chosen.Month, DateTime.DaysInMonth(chosen.Year, chosen.Month))
            : latest;
        return new PlanAtMonth(id, plan, ProgressEngine.Summarize(plan, asOf), months, plans.Select(p => (p.Id, p.Title)).ToList());
    }
}
