using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Minsheng.Accounts;
using Minsheng.Api;
using Minsheng.Data;
using Minsheng.Engine.Model;
using Minsheng.Reporting;

namespace Minsheng.Problems;

public sealed record CloseRequest(string? Note);

/// <summary>督办 records over HTTP: what the rules raised at each publication, and the office's closing (销号).</summary>
public static class SupervisionApi
{
    public static RouteGroupBuilder MapSupervisionApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/plans/{id:int}/supervision").WithTags("Problems").RequireAuthorization(Policies.Read).WithBodyChecks();
        group.MapGet("/", List).WithSummary("Escalations raised when months were published, as they stood at a month (?period=2024-06, or now), open first, each with its history.");
        group.MapPost("/{escalationId:long}/close", Close).RequireAuthorization(Policies.Office).WithSummary("销号: the office closes an escalation with a note on how it was resolved.");
        return group;
    }

    private static async Task<Results<Ok<List<EscalationRecord>>, ProblemHttpResult, ValidationProblem>> List(int id, string? period, MinshengDb db, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == id, cancellationToken)) return ApiProblems.NotFound(ApiText.Get("NoPlan", id));
        if (period is null) return TypedResults.Ok(await EscalationRecords.AtAsync(db, id, null, null, cancellationToken));
        if (!Period.TryParse(period.Trim(), out var month)) return ChainApi.NotAMonth(period);
        return TypedResults.Ok(await EscalationRecords.AtMonthAsync(db, id, month, cancellationToken));
    }

    private static async Task<Results<Ok<List<EscalationRecord>>, ProblemHttpResult>> Close(
        int id, long escalationId, CloseRequest request, ClaimsPrincipal user, MinshengDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await db.Escalations.AnyAsync(e => e.Id == escalationId && e.PlanId == id, cancellationToken))
        {
            return ApiProblems.NotFound(ApiText.Get("NoEscalation", id, escalationId));
        }
        if (await Supervision.CloseAsync(db, id, escalationId, request.Note, user.Identity?.Name, clock.GetUtcNow(), cancellationToken) is { } refused)
        {
            return TypedResults.Problem(refused, statusCode: StatusCodes.Status409Conflict, title: ApiText.Get("NotClosed"));
        }
        return TypedResults.Ok(await EscalationRecords.AtAsync(db, id, null, null, cancellationToken));
    }
}
