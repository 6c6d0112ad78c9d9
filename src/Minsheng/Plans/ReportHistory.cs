using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Minsheng.Accounts;
using Minsheng.Data;
using Minsheng.Engine.Model;
using Minsheng.Reporting;

namespace Minsheng.Plans;

/// <summary>A step a report row went through: who did what when, and why for a return; By is the account, ByName the person as shown.</summary>
public sealed record RowStep(string Action, string ActionName, string? By, string? ByName, DateTimeOffset At, string? Reason);

/// <summary>
/// One stored report row with exactly its own way through the chain: the steps from the moment it was
/// submitted until it was replaced by a resubmission (a returned row shows its return and nothing after).
/// Current marks the row that counts now; superseded, returned and unpublished rows stay in the history.
/// </summary>
public sealed record ReportHistoryItem(
    long Id, Period Period, string? District, decimal Actual, string? Note, DateTimeOffset SubmittedAt, string? SubmittedBy, string? SubmittedByName, bool Current,
    string State, string StateName, int Version, string? Reason,
    string? AcceptedBy, DateTimeOffset? AcceptedAt, string? VerifiedBy, DateTimeOffset? VerifiedAt, DateTimeOffset? PublishedAt,
    string? ReturnedBy, DateTimeOffset? ReturnedAt, string? ReturnReason, IReadOnlyList<RowStep> Steps);

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
        var people = await PeopleNames.LoadAsync(db, rows.Select(r => r.Row.SubmittedBy).Concat(submissions.Values.SelectMany(s => s.Events).Select(e => e.By)), cancellationToken);

        var visible = rows.Select(x => (x.Row, x.Code, x.District, Submission: x.Row.SubmissionId is { } s ? submissions[s] : null))
            .Where(x => x.Submission is null || x.Submission.State == SubmissionState.Published || user.SeesUnpublishedOf(x.Submission.Unit))
            .ToList();
        var current = visible.Where(x => x.Submission is null || x.Submission.State == SubmissionState.Published)
            .GroupBy(x => (x.Code, x.Row.Year, x.Row.Month, x.District)).Select(g => g.Last().Row.Id).ToHashSet();
        return visible.OrderBy(x => x.Row.Year).ThenBy(x => x.Row.Month).ThenBy(x => x.District).ThenBy(x => x.Row.Id)
            .ToLookup(x => x.Code, x => ToItem(x.Row, x.District, x.Submission, current.Contains(x.Row.Id), people));
    }

    private static ReportHistoryItem ToItem(StoredIndicatorReport row, string? district, StoredSubmission? submission, bool current, PeopleNames people)
    {
        var steps = OwnSteps(row, submission);
        var returned = steps.LastOrDefault(e => e.Action == SubmissionAction.Returned);
        var accepted = steps.FirstOrDefault(e => e.Action == SubmissionAction.Accepted);
        var verified = steps.FirstOrDefault(e => e.Action == SubmissionAction.Verified);
        var published = steps.FirstOrDefault(e => e.Action == SubmissionAction.Published);
        // A row that counts now stands by its submission even when its own round was returned and the resubmission left it out.
        var state = submission is null ? SubmissionState.Published
            : current ? submission.State
            : returned is not null ? SubmissionState.Returned
            : IsLatestRound(row, submission) ? submission.State
            : SubmissionState.Submitted;
        return new ReportHistoryItem(
            row.Id, new Period(row.Year, row.Month), district, row.Actual, row.Note, row.SubmittedAt, row.SubmittedBy, people.Of(row.SubmittedBy), current,
            state.ToString(), StateNames.Of(state), submission?.Version ?? 1, submission?.Reason,
            accepted?.By, accepted?.At, verified?.By, verified?.At, submission is null ? row.SubmittedAt : published?.At ?? (current ? submission.PublishedAt : null),
            returned?.By, returned?.At, returned?.Reason,
            steps.Select(e => new RowStep(e.Action.ToString(), StateNames.Of(e.Action), e.By, people.Of(e.By), e.At, e.Reason)).ToList());
    }

    /// <summary>
    /// The submission's steps that belong to the row: from the submitting that brought it until the next
    /// submitting of the same submission, which replaced it (after a return, or before any review).
    /// </summary>
    private static List<StoredSubmissionEvent> OwnSteps(StoredIndicatorReport row, StoredSubmission? submission)
    {
        if (submission is null) return [];
        var events = submission.Events.OrderBy(e => e.Id).ToList();
        var start = events.FindLastIndex(e => e.Action == SubmissionAction.Submitted && e.At <= row.SubmittedAt);
        if (start < 0) start = 0;
        var next = events.FindIndex(start + 1, e => e.Action == SubmissionAction.Submitted);
        return events.GetRange(start, (next < 0 ? events.Count : next) - start);
    }

    private static bool IsLatestRound(StoredIndicatorReport row, StoredSubmission submission) =>
        !submission.Events.Any(e => e.Action == SubmissionAction.Submitted && e.At > row.SubmittedAt);
}
