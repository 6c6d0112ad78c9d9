using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minsheng.Accounts;
using Minsheng.Api;
using Minsheng.Data;
using Minsheng.Public;

namespace Minsheng.Residents;

/// <summary>An item of the office's queue; the phone masked (139****5678), enough to tell residents apart.</summary>
public sealed record FeedbackItem(
    long Id, string Project, string ProjectName, FeedbackKind Kind, int? Rating, string Text, string? Period, string? Indicator,
    int? Site, string Phone, FeedbackState State, DateTimeOffset CreatedAt, string? ModeratedBy, string? Answer);

public sealed record AnswerRequest(string? Answer);

/// <summary>What the answer endpoint tells whoever answered: the public text and the answer, never the resident's phone.</summary>
public sealed record AnsweredFeedback(long Id, string Project, string ProjectName, FeedbackKind Kind, string Text, string Answer, DateTimeOffset AnsweredAt);

/// <summary>The office's queue of residents' feedback and objections: approve or reject before anything is shown; the lead unit answers publicly.</summary>
public static class FeedbackApi
{
    public static RouteGroupBuilder MapFeedbackApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/plans/{id:int}/feedback").WithTags("Feedback").RequireAuthorization(Policies.Read).WithBodyChecks();

        group.MapGet("/", ListFeedback).RequireAuthorization(Policies.Office).WithSummary("Residents' feedback and objections, optionally by state (pending, approved, rejected) and kind.");
        group.MapPost("/{feedbackId:long}/approve", Approve).RequireAuthorization(Policies.Office).WithSummary("Show a comment or suggestion on the project's public page; an objection is marked handled.");
        group.MapPost("/{feedbackId:long}/reject", Reject).RequireAuthorization(Policies.Office).WithSummary("Never show it.");
        group.MapPost("/{feedbackId:long}/answer", AnswerFeedback).RequireAuthorization(Policies.WorkOnProjects)
            .WithSummary("The lead unit's (or the office's) public answer.");

        return group;
    }

    private static async Task<Results<Ok<List<FeedbackItem>>, ValidationProblem, ProblemHttpResult>> ListFeedback(
        int id, string? state, string? kind, MinshengDb db, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == id, cancellationToken)) return ApiProblems.NotFound($"There is no plan {id}.");
        if (!TryParse<FeedbackState>(state, out var wantedState)) return NotOneOf("state", state, "pending, approved, rejected");
        if (!TryParse<FeedbackKind>(kind, out var wantedKind)) return NotOneOf("kind", kind, "comment, suggestion, objection");
        var rows = await (
            from f in db.Feedback
            join p in db.Projects on f.ProjectId equals p.Id
            where f.PlanId == id && (wantedState == null || f.State == wantedState) && (wantedKind == null || f.Kind == wantedKind)
            orderby f.Id
            select new { Feedback = f, p.Code, p.Name }).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(r => ToItem(r.Feedback, r.Code, r.Name)).ToList());
    }

    private static Task<Results<Ok<FeedbackItem>, ProblemHttpResult>> Approve(
        int id, long feedbackId, ClaimsPrincipal user, MinshengDb db, IOutputCacheStore cache, TimeProvider clock, CancellationToken cancellationToken) =>
        ModerateAsync(id, feedbackId, FeedbackState.Approved, user, db, cache, clock, cancellationToken);

    private static Task<Results<Ok<FeedbackItem>, ProblemHttpResult>> Reject(
        int id, long feedbackId, ClaimsPrincipal user, MinshengDb db, IOutputCacheStore cache, TimeProvider clock, CancellationToken cancellationToken) =>
        ModerateAsync(id, feedbackId, FeedbackState.Rejected, user, db, cache, clock, cancellationToken);

    private static async Task<Results<Ok<FeedbackItem>, ProblemHttpResult>> ModerateAsync(
        int id, long feedbackId, FeedbackState state, ClaimsPrincipal user, MinshengDb db, IOutputCacheStore cache, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, id, feedbackId, cancellationToken) is not { } found) return ApiProblems.NotFound($"Plan {id} has no feedback {feedbackId}.");
        found.Feedback.State = state;
        found.Feedback.ModeratedBy = user.Identity?.Name;
        found.Feedback.ModeratedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await PublicCache.EvictAsync(cache, cancellationToken);
        return TypedResults.Ok(ToItem(found.Feedback, found.Code, found.Name));
    }

    private static async Task<Results<Ok<AnsweredFeedback>, ValidationProblem, ProblemHttpResult>> AnswerFeedback(
        int id, long feedbackId, AnswerRequest request, ClaimsPrincipal user, MinshengDb db, IOutputCacheStore cache, TimeProvider clock,
        IStringLocalizer<PublicText> text, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, id, feedbackId, cancellationToken) is not { } found) return ApiProblems.NotFound($"Plan {id} has no feedback {feedbackId}.");
        if (!user.WorksOn(found.Lead))
        {
            return TypedResults.Problem(text["ErrorNotLeadUnit"], statusCode: StatusCodes.Status403Forbidden);
        }
        // The queue is the office's: a lead unit sees and answers only what the office approved, which is public anyway.
        if (!user.IsOffice() && found.Feedback.State != FeedbackState.Approved)
        {
            return TypedResults.Problem(text["ErrorAnswerNotApproved"], statusCode: StatusCodes.Status409Conflict);
        }
        if (string.IsNullOrWhiteSpace(request.Answer) || request.Answer.Length > ResidentActions.MaxText)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["answer"] = [text["ErrorAnswer", ResidentActions.MaxText]] });
        }
        found.Feedback.Answer = request.Answer.Trim();
        found.Feedback.AnsweredAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await PublicCache.EvictAsync(cache, cancellationToken);
        var f = found.Feedback;
        return TypedResults.Ok(new AnsweredFeedback(f.Id, found.Code, found.Name, f.Kind, f.Text, f.Answer, f.AnsweredAt.Value));
    }

    private static async Task<(StoredFeedback Feedback, string Code, string Name, string? Lead)?> FindAsync(MinshengDb db, int planId, long feedbackId, CancellationToken cancellationToken)
    {
        var row = await (
            from f in db.Feedback
            join p in db.Projects on f.ProjectId equals p.Id
            where f.Id == feedbackId && f.PlanId == planId
            select new { Feedback = f, p.Code, p.Name, Lead = p.LeadUnit!.Name }).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : (row.Feedback, row.Code, row.Name, row.Lead);
    }

    private static bool TryParse<T>(string? text, out T? value) where T : struct, Enum
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!Enum.TryParse<T>(text.Trim(), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed)) return false;
        value = parsed;
        return true;
    }

    private static ValidationProblem NotOneOf(string field, string? text, string allowed) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [$"\"{text}\" is not one of {allowed}"] });

    private static FeedbackItem ToItem(StoredFeedback f, string code, string name) => new(
        f.Id, code, name, f.Kind, f.Rating, f.Text, f.Year is { } y && f.Month is { } m ? $"{y:D4}-{m:D2}" : null, f.Indicator,
        f.SiteId, PhoneVerification.Mask(f.Phone), f.State, f.CreatedAt, f.ModeratedBy, f.Answer);
}
