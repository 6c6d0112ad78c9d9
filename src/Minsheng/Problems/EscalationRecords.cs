using Microsoft.EntityFrameworkCore;
using Minsheng.Accounts;
using Minsheng.Data;
using Minsheng.Engine.Model;
using Minsheng.Plans;

namespace Minsheng.Problems;

/// <summary>A step of a 督办; By is the account (or 督办规则), ByName the person as shown.</summary>
public sealed record EscalationStep(string Action, string ActionName, int Level, Period Period, DateTimeOffset At, string? By, string? ByName, string? Note);

/// <summary>
/// A 督办 as it stood at a month: its level then, the month the rules first raised it (Since) and the
/// month of the figures that brought it to that level (LevelSince), open or closed then, and its steps up to then.
/// </summary>
public sealed record EscalationRecord(
    long Id, string Project, string ProjectName, string? Lead, int Level, Period Since, Period LevelSince, string Status,
    DateTimeOffset RaisedAt, DateTimeOffset? ClosedAt, List<EscalationStep> Steps)
{
    public bool IsOpen => Status == nameof(EscalationStatus.Open);
}

/// <summary>
/// The one source of 督办 for every surface (dashboard, supervision page, project page, API, bulletin):
/// the stored escalations, each seen as it stood at a month.
/// </summary>
public static class EscalationRecords
{
    /// <summary>
    /// The escalations as they stood at a month until the next month was published (<paramref name="stoodUntil"/>;
    /// null for now): only the steps taken for that month's figures or earlier, and before that moment.
    /// Without a month, every step up to now. Open first, the highest level first.
    /// </summary>
    public static async Task<List<EscalationRecord>> AtAsync(
        MinshengDb db, int planId, Period? month, DateTimeOffset? stoodUntil, CancellationToken cancellationToken, string? project = null)
    {
        var found = await (
            from e in db.Escalations.Include(e => e.Events)
            join p in db.Projects on e.ProjectId equals p.Id
            join u in db.Units on p.LeadUnitId equals u.Id into leads
            from u in leads.DefaultIfEmpty()
            where e.PlanId == planId && (project == null || p.Code == project)
            select new { Escalation = e, p.Code, p.Name, Lead = u == null ? null : u.Name }).AsNoTracking().ToListAsync(cancellationToken);
        var people = await PeopleNames.LoadAsync(db, found.SelectMany(x => x.Escalation.Events).Select(s => s.By), cancellationToken);
        var records = new List<EscalationRecord>();
        foreach (var x in found)
        {
            var e = x.Escalation;
            // Compared here: SQLite keeps moments as text and cannot compare them in a query.
            var steps = e.Events.OrderBy(s => s.Id)
                .Where(s => (month is not { } m || e.Year < m.Year || e.Year == m.Year && s.Month <= m.Month) && (stoodUntil is not { } until || s.At < until))
                .ToList();
            if (steps.Count == 0) continue;
            var levelStep = steps.Last(s => s.Action != EscalationAction.Closed);
            var closed = steps.LastOrDefault(s => s.Action == EscalationAction.Closed);
            records.Add(new EscalationRecord(
                e.Id, x.Code, x.Name, x.Lead, levelStep.Level, new Period(e.Year, steps[0].Month), new Period(e.Year, levelStep.Month),
                (closed is null ? EscalationStatus.Open : EscalationStatus.Closed).ToString(), steps[0].At, closed?.At,
                steps.Select(s => new EscalationStep(s.Action.ToString(), ProblemText.Get("Action" + s.Action), s.Level, new Period(e.Year, s.Month), s.At, s.By, people.Of(s.By), s.Note)).ToList()));
        }
        return records.OrderByDescending(r => r.IsOpen).ThenByDescending(r => r.Level).ThenBy(r => r.Since).ThenBy(r => r.Project, StringComparer.Ordinal).ToList();
    }

    /// <summary>The escalations as they stood at a month of a plan, found from its publications.</summary>
    public static async Task<List<EscalationRecord>> AtMonthAsync(MinshengDb db, int planId, Period month, CancellationToken cancellationToken) =>
        await AtAsync(db, planId, month, await PlanAtMonth.StoodUntilAsync(db, planId, month, cancellationToken), cancellationToken);
}
