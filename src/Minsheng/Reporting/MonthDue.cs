using Microsoft.EntityFrameworkCore;
using Minsheng.Data;
using Minsheng.Engine.Model;

namespace Minsheng.Reporting;

public static class MonthDue
{
    /// <summary>The month after the latest one published (or imported with the plan): the month the chain works on.</summary>
    public static async Task<Period> NextAsync(MinshengDb db, int planId, int year, CancellationToken cancellationToken)
    {
        var published = await db.Publications.Where(p => p.PlanId == planId).Select(p => (int?)p.Month).MaxAsync(cancellationToken);
        var imported = await db.IndicatorReports.Where(r => r.PlanId == planId && r.SubmissionId == null).Select(r => (int?)r.Month).MaxAsync(cancellationToken);
        return new Period(year, Math.Min(12, Math.Max(published ?? 0, imported ?? 0) + 1));
    }
}
