using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Minsheng.Accounts;
using Minsheng.Api;
using Minsheng.Data;
using Minsheng.Engine.Model;
using Minsheng.Residents;

namespace Minsheng.Reporting;

public sealed record SubmissionStep(string Action, string ActionName, string? By, DateTimeOffset At, string? Reason);

public sealed record SubmissionResponse(
    long Id, string Period, string? Unit, int Version, string State, string StateName, string? Reason,
    DateTimeOffset SubmittedAt, DateTimeOffset? PublishedAt, List<SubmissionStep> Steps);

public sealed record ReturnRequest(string? Reason);

/// <summary>The office's edits of projects' public texts (公开进展), by project code, approved with the verification; optional.</summary>
public sealed record VerifyRequest(Dictionary<string, string?>? PublicProgress = null);

/// <summary>A month to publish; with units missing or not verified, ConfirmGaps and a Reason are required, and kept.</summary>
public sealed record PublishRequest(string? Period, bool ConfirmGaps = false, string? Reason = null);

/// <summary>A published month: by whom and when, how many units' months, and the gaps the office confirmed with its reason.</summary>
public sealed record PublicationResponse(
    long Id, string Period, DateTimeOffset PublishedAt, string? PublishedBy, int Submissions, List<string> NotReported, List<string> NotVerified, string? GapsReason);

/// <summary>The reporting chain over HTTP: review, verification and publication of units' months.</summary>
public static class ChainApi
{
    public static IEndpointRouteBuilder MapChainApi(this IEndpointRouteBuilder routes)
    {
        var submissions = routes.MapGroup("/api/plans/{id:int}/submissions").WithTags("Reporting").RequireAuthorization(Policies.Read).WithBodyChecks();
        submissions.MapGet("/", ListSubmissions).WithSummary("Units' months and where they stand in the chain; units see their own and what is published.");
        submissions.MapPost("/{submissionId:long}/accept", Accept).RequireAuthorization(Policies.Review).WithSummary("The lead unit accepts a submitted month.");
        submissions.MapPost("/{submissionId:long}/return", Return).RequireAuthorization(Policies.Review).WithSummary("The lead unit (or the office) returns a month to the unit, with a reason.");
        submissions.MapPost("/{submissionId:long}/verify", Verify).RequireAuthorization(Policies.Office).WithSummary("The office verifies an accepted month, approving its projects' public texts as proposed or as edited in the body.");

        var publications = routes.MapGroup("/api/plans/{id:int}/publications").WithTags("Reporting").RequireAuthorization(Policies.Read).WithBodyChecks();
        publications.MapGet("/", ListPublications).WithSummary("The months the office has published, with when and by whom.");
        publications.MapGet("/preview", Preview).RequireAuthorization(Policies.Office).WithSummary("What publishing a month would publish, and which lead units have not reported or are not verified yet.");
        publications.MapPost("/", Publish).RequireAuthorization(Policies.Office)
            .WithSummary("Publish a month: every verified submission of it becomes public; with gaps only when confirmed with a reason (409 lists the gaps otherwise).");

        routes.MapGet("/api/plans/{id:int}/missing", Missing.Handle).WithTags("Reporting").RequireAuthorization(Policies.Read)
            .WithSummary("Units that had not reported a month by the 5th of the next month, and those that reported late.");
        return routes;
    }

    private static async Task<Results<Ok<List<SubmissionResponse>>, ProblemHttpResult, ValidationProblem>> ListSubmissions(
        int id, string? period, ClaimsPrincipal user, MinshengDb db, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == id, cancellationToken)) return ApiProblems.NotFound(ApiText.Get("NoPlan", id));
        var query = db.Submissions.AsNoTracking().Include(s => s.Events).Where(s => s.PlanId == id);
        if (period is not null)
        {
            if (!Period.TryParse(period, out var month)) return NotAMonth(period);
            query = query.Where(s => s.Year == month.Year && s.Month == month.Month);
        }
        var found = await query.OrderBy(s => s.Year).ThenBy(s => s.Month).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(found.Where(s => s.State == SubmissionState.Published || user.SeesUnpublishedOf(s.Unit)).Select(ToResponse).ToList());
    }

    private static async Task<Results<Ok<SubmissionResponse>, ProblemHttpResult, ForbidHttpResult>> Accept(
        int id, long submissionId, ClaimsPrincipal user, MinshengDb db, TimeProvider clock, CancellationToken cancellationToken) =>
        Respond(await Chain.AcceptAsync(db, id, submissionId, user, clock.GetUtcNow(), cancellationToken), id, submissionId);

    private static async Task<Results<Ok<SubmissionResponse>, ProblemHttpResult, ForbidHttpResult>> Return(
        int id, long submissionId, ReturnRequest request, ClaimsPrincipal user, MinshengDb db, TimeProvider clock, CancellationToken cancellationToken) =>
        Respond(await Chain.ReturnAsync(db, id, submissionId, user, request.Reason, clock.GetUtcNow(), cancellationToken), id, submissionId);

    private static async Task<Results<Ok<SubmissionResponse>, ProblemHttpResult, ForbidHttpResult>> Verify(
        int id, long submissionId, VerifyRequest? request, ClaimsPrincipal user, MinshengDb db, TimeProvider clock, CancellationToken cancellationToken) =>
        Respond(await Chain.VerifyAsync(db, id, submissionId, user, request?.PublicProgress, clock.GetUtcNow(), cancellationToken), id, submissionId);

    private static async Task<Results<Ok<List<PublicationResponse>>, ProblemHttpResult>> ListPublications(int id, MinshengDb db, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == id, cancellationToken)) return ApiProblems.NotFound(ApiText.Get("NoPlan", id));
        var found = await db.Publications.AsNoTracking().Where(p => p.PlanId == id).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(found.Select(ToResponse).ToList());
    }

    private static async Task<Results<Ok<PublicationPreview>, ProblemHttpResult, ValidationProblem>> Preview(int id, string? period, MinshengDb db, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == id, cancellationToken)) return ApiProblems.NotFound(ApiText.Get("NoPlan", id));
        if (!Period.TryParse(period?.Trim(), out var month)) return NotAMonth(period);
        return TypedResults.Ok(await PublicationPreview.OfMonthAsync(db, id, month, cancellationToken));
    }

    private static async Task<Results<Ok<PublicationResponse>, ProblemHttpResult, ValidationProblem>> Publish(
        int id, PublishRequest request, ClaimsPrincipal user, HttpRequest httpRequest, MinshengDb db, PublicationNotice notice, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == id, cancellationToken)) return ApiProblems.NotFound(ApiText.Get("NoPlan", id));
        if (!Period.TryParse(request.Period?.Trim(), out var period)) return NotAMonth(request.Period);
        var outcome = await Chain.PublishAsync(db, id, period, user, request.ConfirmGaps, request.Reason, clock.GetUtcNow(), cancellationToken);
        if (outcome.Publication is not { } publication)
        {
            var preview = outcome.Preview!;
            return TypedResults.Problem(
                outcome.Refused, statusCode: StatusCodes.Status409Conflict,
                title: ReportErrors.Get(preview.ToPublish.Count == 0 ? "NothingPublishedTitle" : "GapsTitle"),
                extensions: new Dictionary<string, object?> { ["toPublish"] = preview.ToPublish, ["notReported"] = preview.NotReported, ["notVerified"] = preview.NotVerified });
        }
        await notice.AfterPublishingAsync(httpRequest, id, period, cancellationToken);
        return TypedResults.Ok(ToResponse(publication));
    }

    private static Results<Ok<SubmissionResponse>, ProblemHttpResult, ForbidHttpResult> Respond(StepOutcome outcome, int planId, long submissionId) => outcome switch
    {
        { Submission: { } done } => TypedResults.Ok(ToResponse(done)),
        { NotFound: true } => ApiProblems.NotFound(ApiText.Get("NoSubmission", planId, submissionId)),
        { Forbidden: true } => TypedResults.Forbid(),
        _ => TypedResults.Problem(outcome.Refused, statusCode: StatusCodes.Status409Conflict, title: ApiText.Get("StepRefused")),
    };

    /// <summary>A 400 naming the period that is missing or not a month.</summary>
    internal static ValidationProblem NotAMonth(string? text) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["period"] = [ReportErrors.Get(text is null ? "Missing" : "NotAMonth", text)] });

    public static SubmissionResponse ToResponse(StoredSubmission s) => new(
        s.Id, new Period(s.Year, s.Month).ToString(), s.Unit, s.Version, s.State.ToString(), StateNames.Of(s.State), s.Reason, s.SubmittedAt, s.PublishedAt,
        s.Events.OrderBy(e => e.Id).Select(e => new SubmissionStep(e.Action.ToString(), StateNames.Of(e.Action), e.By, e.At, e.Reason)).ToList());

    private static PublicationResponse ToResponse(StoredPublication p) =>
        new(p.Id, new Period(p.Year, p.Month).ToString(), p.PublishedAt, p.PublishedBy, p.Submissions, UnitsIn(p.NotReported), UnitsIn(p.NotVerified), p.GapsReason);

    private static List<string> UnitsIn(string? lines) => lines?.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList() ?? [];
}
