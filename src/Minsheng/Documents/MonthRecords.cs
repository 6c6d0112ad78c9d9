using Microsoft.EntityFrameworkCore;
using Minsheng.Data;
using Minsheng.Engine.Bulletins;
using Minsheng.Plans;
using Minsheng.Problems;
using Minsheng.Reporting;
using Minsheng.Shared;

namespace Minsheng.Documents;

/// <summary>The office's records behind a month's documents: problems, 督办, who reported and the day it was published, as they stood at the month.</summary>
public static class MonthRecords
{
    public static async Task<OfficeRecords> LoadAsync(MinshengDb db, PlanAtMonth view, CancellationToken cancellationToken)
    {
        var problems = await OpenProblems.LoadAsync(db, view.Id, view.StoodUntil, cancellationToken);
        var escalations = await EscalationRecords.AtAsync(db, view.Id, view.Summary.Period, view.StoodUntil, cancellationToken);
        var reporting = view.Summary.Period is { } period ? await ReportingAtMonth.LoadAsync(db, view.Id, period, view.StoodUntil, cancellationToken) : null;
        return new OfficeRecords(problems, escalations.Select(ToSupervised).ToList(), reporting, await IssuedOnAsync(db, view, cancellationToken));
    }

    /// <summary>The day (China time) the month was last published before its figures stopped being the latest: the bulletin's 成文日期.</summary>
    private static async Task<DateOnly?> IssuedOnAsync(MinshengDb db, PlanAtMonth view, CancellationToken cancellationToken)
    {
        if (view.Summary.Period is not { } period) return null;
        var times = await db.Publications.Where(p => p.PlanId == view.Id && p.Year == period.Year && p.Month == period.Month)
            .Select(p => p.PublishedAt).ToListAsync(cancellationToken);
        // Compared here: SQLite keeps moments as text and cannot compare them in a query.
        var last = times.Where(t => view.StoodUntil is not { } until || t < until).Select(t => (DateTimeOffset?)t).Max();
        return last is { } at ? ChinaTime.DateOf(at) : null;
    }

    private static SupervisedProject ToSupervised(EscalationRecord record) =>
        new(record.Project, record.Level, record.Since, record.LevelSince, record.IsOpen);
}
