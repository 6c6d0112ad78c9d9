using Minsheng.Shared;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Minsheng.Accounts;
using Minsheng.Data;
using Minsheng.Engine.Model;
using Minsheng.Problems;

namespace Minsheng.Reporting;

/// <summary>What came of publishing a month: the publication, or the reason it was refused; with what it would publish and what is missing.</summary>
public sealed record PublishOutcome(StoredPublication? Publication = null, string? Refused = null, PublicationPreview? Preview = null);

/// <summary>What came of a step in the chain: done, or refused with the reason; ReasonRefused when the refusal is about the reason field (missing or too long).</summary>
public sealed record StepOutcome(StoredSubmission? Submission = null, string? Refused = null, bool NotFound = false, bool Forbidden = false, bool ReasonRefused = false);

/// <summary>
/// The monthly reporting chain: a unit submits its month → the lead unit accepts it or returns it
/// with a reason → the office verifies it → the office publishes the month. Figures count for
/// everyone only once published; a published month changes only through a new version with a reason.
/// </summary>
public static class Chain
{
    /// <summary>
    /// The submission new figures of a unit's month go into: the open one (submitted or returned, which
    /// becomes submitted again), or a new one; a correction of a published month needs a reason.
    /// Nothing is saved here; the caller saves the rows and the submission together.
    /// </summary>
    public static async Task<StepOutcome> OpenAsync(
        MinshengDb db, int planId, string? unit, Period period, string? by, string? reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (TextLimits.Refusal(reason, TextLimits.Note) is { } longReason) return new StepOutcome(Refused: longReason, ReasonRefused: true);
        var latest = await Latest(db, planId, unit, period).FirstOrDefaultAsync(cancellationToken);
        switch (latest?.State)
        {
            case SubmissionState.Submitted or SubmissionState.Returned:
                latest.State = SubmissionState.Submitted;
                latest.Events.Add(Step(SubmissionAction.Submitted, by, now, reason));
                return new StepOutcome(latest);
            case SubmissionState.Accepted or SubmissionState.Verified:
                return new StepOutcome(Refused: ReportErrors.Get("InReview", unit, period));
            case SubmissionState.Published when string.IsNullOrWhiteSpace(reason):
                return new StepOutcome(Refused: ReportErrors.Get("CorrectionNeedsReason", period), ReasonRefused: true);
        }
        var submission = new StoredSubmission
        {
            PlanId = planId,
            Unit = unit,
            Year = period.Year,
            Month = period.Month,
            Version = (latest?.Version ?? 0) + 1,
            State = SubmissionState.Submitted,
            Reason = latest is null ? null : reason!.Trim(),
            SubmittedAt = now,
            Events = [Step(SubmissionAction.Submitted, by, now, reason)],
        };
        db.Submissions.Add(submission);
        return new StepOutcome(submission);
    }

    public static Task<StepOutcome> AcceptAsync(MinshengDb db, int planId, long id, ClaimsPrincipal user, DateTimeOffset now, CancellationToken cancellationToken) =>
        MoveAsync(db, planId, id, user, now, null, SubmissionAction.Accepted, cancellationToken);

    public static Task<StepOutcome> ReturnAsync(MinshengDb db, int planId, long id, ClaimsPrincipal user, string? reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(reason)
            ? Task.FromResult(new StepOutcome(Refused: ReportErrors.Get("ReturnNeedsReason")))
            : TextLimits.Refusal(reason, TextLimits.Note) is { } longReason ? Task.FromResult(new StepOutcome(Refused: longReason))
            : MoveAsync(db, planId, id, user, now, reason.Trim(), SubmissionAction.Returned, cancellationToken);

    /// <summary>
    /// The office verifies an accepted month and with it approves each project's public text (公开进展): as the unit
    /// proposed it, or as the office edits it here (keyed by project code; blank withdraws it). Only approved text is public.
    /// </summary>
    public static async Task<StepOutcome> VerifyAsync(
        MinshengDb db, int planId, long id, ClaimsPrincipal user, IReadOnlyDictionary<string, string?>? publicProgress, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (publicProgress?.Values.FirstOrDefault(text => text?.Trim().Length > SubmitMonth.MaxTextLength) is not null)
        {
            return new StepOutcome(Refused: ReportErrors.Get("PublicProgressTooLong", SubmitMonth.MaxTextLength));
        }
        return await MoveAsync(db, planId, id, user, now, null, SubmissionAction.Verified, cancellationToken,
            alsoSave: () => ApprovePublicTextsAsync(db, planId, id, publicProgress, cancellationToken));
    }

    /// <summary>Each project's one approved text of the submission: its latest row's, as proposed or as edited; an earlier round's goes.</summary>
    private static async Task ApprovePublicTextsAsync(MinshengDb db, int planId, long id, IReadOnlyDictionary<string, string?>? publicProgress, CancellationToken cancellationToken)
    {
        var rows = await (
            from r in db.ProjectReports
            join p in db.Projects on r.ProjectId equals p.Id
            where r.SubmissionId == id && r.PlanId == planId
            orderby r.Id
            select new { Row = r, p.Code }).ToListAsync(cancellationToken);
        foreach (var project in rows.GroupBy(r => r.Row.ProjectId))
        {
            var latest = project.Last();
            foreach (var earlier in project.SkipLast(1)) earlier.Row.ApprovedPublicProgress = null;
            var text = publicProgress is not null && publicProgress.TryGetValue(latest.Code, out var edited) ? edited : latest.Row.PublicProgress;
            latest.Row.ApprovedPublicProgress = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        }
    }

    /// <summary>
    /// Publishes every verified submission of a month of the plan; refused when none is verified, and, while lead
    /// units have not reported or their month is not verified, unless the office confirms with a reason, which
    /// the publication keeps with the units whose figures were carried forward.
    /// </summary>
    public static async Task<PublishOutcome> PublishAsync(
        MinshengDb db, int planId, Period period, ClaimsPrincipal user, bool confirmGaps, string? reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var preview = await PublicationPreview.OfMonthAsync(db, planId, period, cancellationToken);
        if (preview.ToPublish.Count == 0) return new PublishOutcome(Refused: ReportErrors.Get("NothingToPublish", period), Preview: preview);
        if (TextLimits.Refusal(reason, TextLimits.Note) is { } longReason) return new PublishOutcome(Refused: longReason, Preview: preview);
        if (preview.HasGaps && (!confirmGaps || string.IsNullOrWhiteSpace(reason)))
        {
            return new PublishOutcome(Refused: ReportErrors.Get("GapsNeedConfirmation", period, preview.GapsText()), Preview: preview);
        }
        var verified = await db.Submissions.Include(s => s.Events)
            .Where(s => s.PlanId == planId && s.Year == period.Year && s.Month == period.Month && s.State == SubmissionState.Verified)
            .ToListAsync(cancellationToken);
        // Returned since the preview was read: nothing left to publish.
        if (verified.Count == 0) return new PublishOutcome(Refused: ReportErrors.Get("NothingToPublish", period), Preview: preview);
        foreach (var submission in verified)
        {
            submission.State = SubmissionState.Published;
            submission.PublishedAt = now;
            submission.Events.Add(Step(SubmissionAction.Published, user.Identity?.Name, now, null));
        }
        var publication = new StoredPublication
        {
            PlanId = planId, Year = period.Year, Month = period.Month, PublishedAt = now, PublishedBy = user.Identity?.Name, Submissions = verified.Count,
            NotReported = Lines(preview.NotReported), NotVerified = Lines(preview.NotVerified.Select(p => p.Unit)),
            GapsReason = preview.HasGaps ? reason!.Trim() : null,
        };
        db.Publications.Add(publication);
        await db.SaveChangesAsync(cancellationToken);
        // Newly published figures may put lagging projects under supervision.
        await Supervision.RaiseAsync(db, planId, now, cancellationToken);
        return new PublishOutcome(publication, Preview: preview);
    }

    private static string? Lines(IEnumerable<string> units) => string.Join('\n', units) is { Length: > 0 } text ? text : null;

    /// <summary>Which state a step starts from, and who may take it.</summary>
    private static (SubmissionState[] From, SubmissionState To, Func<ClaimsPrincipal, string?, bool> May) Rule(SubmissionAction action) => action switch
    {
        SubmissionAction.Accepted => ([SubmissionState.Submitted], SubmissionState.Accepted, (u, unit) => u.CanReviewFor(unit)),
        // The lead unit returns what it has not accepted yet; the office anything not yet published.
        SubmissionAction.Returned => ([SubmissionState.Submitted, SubmissionState.Accepted, SubmissionState.Verified], SubmissionState.Returned, (u, unit) => u.CanReviewFor(unit)),
        SubmissionAction.Verified => ([SubmissionState.Accepted], SubmissionState.Verified, (u, _) => u.IsOffice()),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    private static async Task<StepOutcome> MoveAsync(
        MinshengDb db, int planId, long id, ClaimsPrincipal user, DateTimeOffset now, string? reason, SubmissionAction action, CancellationToken cancellationToken,
        Func<Task>? alsoSave = null)
    {
        var submission = await db.Submissions.Include(s => s.Events).FirstOrDefaultAsync(s => s.Id == id && s.PlanId == planId, cancellationToken);
        if (submission is null) return new StepOutcome(NotFound: true);
        var (from, to, may) = Rule(action);
        if (!may(user, submission.Unit)) return new StepOutcome(Forbidden: true);
        if (action == SubmissionAction.Returned && submission.State != SubmissionState.Submitted && !user.IsOffice()
            || !from.Contains(submission.State))
        {
            return new StepOutcome(Refused: ReportErrors.Get("WrongState", StateNames.Of(submission.State), StateNames.Of(action)));
        }
        submission.State = to;
        submission.Events.Add(Step(action, user.Identity?.Name, now, reason));
        // What the step changes beside the submission, once it is allowed, in the same save.
        if (alsoSave is not null) await alsoSave();
        await db.SaveChangesAsync(cancellationToken);
        return new StepOutcome(submission);
    }

    private static IQueryable<StoredSubmission> Latest(MinshengDb db, int planId, string? unit, Period period) =>
        db.Submissions.Include(s => s.Events)
            .Where(s => s.PlanId == planId && s.Unit == unit && s.Year == period.Year && s.Month == period.Month)
            .OrderByDescending(s => s.Id);

    private static StoredSubmissionEvent Step(SubmissionAction action, string? by, DateTimeOffset at, string? reason) =>
        new() { Action = action, By = by, At = at, Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim() };
}
