using Microsoft.EntityFrameworkCore;
using Minsheng.Data;
using Minsheng.Engine.Bulletins;
using Minsheng.Engine.Model;

namespace Minsheng.Reporting;

/// <summary>Who reported a published month as it stood, for the pages and documents that mark carried-forward figures.</summary>
public static class ReportingAtMonth
{
    /// <summary>
    /// The lead units whose month was not published by the time the month's figures stood (their figures are carried
    /// forward) and those whose first submission came after the deadline; null for a month not published through
    /// the chain (figures that came with a plan document, a publication of no submission), where no unit's reporting is known.
    /// </summary>
    public static async Task<MonthReporting?> LoadAsync(MinshengDb db, int planId, Period period, DateTimeOffset? stoodUntil, CancellationToken cancellationToken)
    {
        // Compared here: SQLite keeps moments as text and cannot compare them in a query.
        var publications = await db.Publications.Where(p => p.PlanId == planId && p.Year == period.Year && p.Month == period.Month)
            .Where(p => p.Submissions > 0).Select(p => p.PublishedAt).ToListAsync(cancellationToken);
        if (!publications.Any(at => stoodUntil is not { } until || at < until)) return null;

        var units = await Missing.LeadUnitsAsync(db, planId, cancellationToken);
        var submissions = await db.Submissions.AsNoTracking().Where(s => s.PlanId == planId && s.Year == period.Year && s.Month == period.Month && s.Unit != null)
            .Select(s => new { s.Unit, s.SubmittedAt, s.PublishedAt, s.State }).ToListAsync(cancellationToken);
        var published = submissions.Where(s => s.State == SubmissionState.Published && (stoodUntil is not { } until || s.PublishedAt < until))
            .Select(s => s.Unit!).ToHashSet(StringComparer.Ordinal);
        var deadline = Missing.Deadline(period);
        var late = units.Select(u => u.Unit)
            .Where(u => published.Contains(u) && Missing.After(deadline, submissions.Where(s => s.Unit == u).Min(s => s.SubmittedAt)))
            .ToList();
        return new MonthReporting(units.Count, units.Select(u => u.Unit).Where(u => !published.Contains(u)).ToList(), late);
    }
}
