using Minsheng.Data;
using Minsheng.Engine.Bulletins;
using Minsheng.Plans;
using Minsheng.Problems;
using Minsheng.Reporting;

namespace Minsheng.Documents;

/// <summary>The office's records behind a month's documents: problems, 督办 and who reported, as they stood at the month.</summary>
public static class MonthRecords
{
    public static async Task<OfficeRecords> LoadAsync(MinshengDb db, PlanAtMonth view, CancellationToken cancellationToken)
    {
        var problems = await OpenProblems.LoadAsync(db, view.Id, view.StoodUntil, cancellationToken);
        var escalations = await EscalationRecords.AtAsync(db, view.Id, view.Summary.Period, view.StoodUntil, cancellationToken);
        var reporting = view.Summary.Period is { } period ? await ReportingAtMonth.LoadAsync(db, view.Id, period, view.StoodUntil, cancellationToken) : null;
        return new OfficeRecords(problems, escalations.Select(ToSupervised).ToList(), reporting);
    }

    private static SupervisedProject ToSupervised(EscalationRecord record) =>
        new(record.Project, record.Level, record.Since, record.LevelSince, record.IsOpen);
}
