using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Minsheng.Accounts;
using Minsheng.Data;
using Minsheng.Engine.Model;
using Minsheng.Reporting;

namespace Minsheng.Plans;

/// <summary>
/// One stored report row with its way through the chain: who submitted, accepted (the lead unit)
/// and verified (the office) it, and when it was published. Current marks the row that counts now;
/// superseded and unpublished rows stay in the history.
/// </summary>
public sealed record ReportHistoryItem(
    long Id, Period Period, string? District, decimal Actual, string? Note, DateTimeOffset SubmittedAt, string? SubmittedBy, bool Current,
    string State, string StateName, int Version, string? Reason,
    string? AcceptedBy, DateTimeOffset? AcceptedAt, string? VerifiedBy, DateTimeOffset? VerifiedAt, DateTimeOffset? PublishedAt);

public static class ReportHistory
{
    /// <summary>The history of some indicators of a plan, keyed by indicator code, as the user may see it.</summary>
    public static async Task<ILookup<string, ReportHistoryItem>> LoadAsync(
        MinshengDb db, int planId, IReadOnlyCollection<string> indicatorCodes, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var rows = await (
            from r in db.IndicatorReports
            join i in db.Indicators on r.IndicatorId equals i.Id
            join d in db.Districts on r.DistrictId equals d.Id into districts
            from d in districts.DefaultIfEmpty()
            where i.PlanId == planId && indicatorCodes.Contains(i.Code)
            orderby r.Id
            select new { Row = r, i.Code, District = d == null ? null : d.Name }).AsNoTracking().ToListAsync(cancellationToken);
        var submissionIds = rows.Select(r => r.Row.SubmissionId).OfType<long>().Distinct().ToList();
        var submissions = await db.Submissions.AsNoTracking().Include(s => s.Events).Where(s => submissionIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, cancellationToken);

        var visible = rows.Select(x => (x.Row, x.Code, x.District, Submission: x.Row.SubmissionId is { } s ? submissions[s] : null))
            .Where(x => x.Submission is null || x.Submission.State == SubmissionState.Published || user.SeesUnpublishedOf(x.Submission.Unit))
            .ToList();
        var current = visible.Where(x => x.Submission is null || x.Submission.State == SubmissionState.Published)
            .GroupBy(x => (x.Code, x.Row.Year, x.Row.Month, x.District)).Select(g => g.Last().Row.Id).ToHashSet();
        return visible.OrderBy(x => x.Row.Year).ThenBy(x => x.Row.Month).ThenBy(x => x.District).ThenBy(x => x.Row.Id)
            .ToLookup(x => x.Code, x => ToItem(x.Row, x.District, x.Submission, current.Contains(x.Row.Id)));
    }

    private static ReportHistoryItem ToItem(StoredIndicatorReport row, string? district, StoredSubmission? submission, bool current)
    {
        var state = submission?.State ?? SubmissionState.Published;
        var accepted = submission?.Events.Where(e => e.Action == SubmissionAction.Accepted && e.At >= row.SubmittedAt).MinBy(e => e.At);
        var verified = submission?.Events.Where(e => e.Action == SubmissionAction.Verified && e.At >= row.SubmittedAt).MinBy(e => e.At);
        return new ReportHistoryItem(
            row.Id, new Period(row.Year, row.Month), district, row.Actual, row.Note, row.SubmittedAt, row.SubmittedBy, current,
            state.ToString(), StateNames.Of(state), submission?.Version ?? 1, submission?.Reason,
            accepted?.By, accepted?.At, verified?.By, verified?.At, submission is null ? row.SubmittedAt : submission.PublishedAt);
    }
}
