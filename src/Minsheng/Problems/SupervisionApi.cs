using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Minsheng.Accounts;
using Minsheng.Api;
using Minsheng.Data;
using Minsheng.Engine.Model;

namespace Minsheng.Problems;

public sealed record EscalationStep(string Action, string ActionName, int Level, string Period, DateTimeOffset At, string? By, string? Note);

public sealed record EscalationRecord(long Id, string Project, string ProjectName, int Level, string Since, string Status, DateTimeOffset RaisedAt, DateTimeOffset? ClosedAt, List<EscalationStep> Steps);

public sealed record CloseRequest(string? Note);

/// <summary>督办 records over HTTP: what the rules raised at each publication, and the office's closing (销号).</summary>
public static class SupervisionApi
{
    public static RouteGroupBuilder MapSupervisionApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/plans/{id:int}/supervision").WithTags("Problems").RequireAuthorization(Policies.Read);
        group.MapGet("/", List).WithSummary("Escalations raised when months were published, open first, each with its history.");
        group.MapPost("/{escalationId:long}/close", Close).RequireAuthorization(Policies.Office).WithSummary("销号: the office closes an escalation with a note on how it was resolved.");
        return group;
    }

    private static async Task<Results<Ok<List<EscalationRecord>>, ProblemHttpResult>> List(int id, MinshengDb db, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == id, cancellationToken)) return ApiProblems.NotFound($"There is no plan {id}.");
        return TypedResults.Ok(await LoadAsync(db, id, cancellationToken));
    }

    private static async Task<Results<Ok<List<EscalationRecord>>, ProblemHttpResult>> Close(
        int id, long escalationId, CloseRequest request, ClaimsPrincipal user, MinshengDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await db.Escalations.AnyAsync(e => e.Id == escalationId && e.PlanId == id, cancellationToken))
        {
            return ApiProblems.NotFound($"There is no escalation {escalationId} in plan {id}.");
        }
        if (await Supervision.CloseAsync(db, id, escalationId, request.Note, user.Identity?.Name, clock.GetUtcNow(), cancellationToken) is { } refused)
        {
            return TypedResults.Problem(refused, statusCode: StatusCodes.Status409Conflict, title: "Not closed.");
        }
        return TypedResults.Ok(await LoadAsync(db, id, cancellationToken));
    }

    public static async Task<List<EscalationRecord>> LoadAsync(MinshengDb db, int planId, CancellationToken cancellationToken)
    {
        var found = await (
            from e in db.Escalations.Include(e => e.Events)
            join p in db.Projects on e.ProjectId equals p.Id
            where e.PlanId == planId
            select new { Escalation = e, p.Code, p.Name }).AsNoTracking().ToListAsync(cancellationToken);
        return found
            .OrderBy(x => x.Escalation.Status).ThenByDescending(x => x.Escalation.Level).ThenBy(x => x.Escalation.Month).ThenBy(x => x.Code)
            .Select(x => new EscalationRecord(
                x.Escalation.Id, x.Code, x.Name, x.Escalation.Level, new Period(x.Escalation.Year, x.Escalation.Month).ToString(), x.Escalation.Status.ToString(),
                x.Escalation.RaisedAt, x.Escalation.ClosedAt,
                x.Escalation.Events.OrderBy(s => s.Id).Select(s => new EscalationStep(
                    s.Action.ToString(), ProblemText.Get("Action" + s.Action), s.Level, new Period(x.Escalation.Year, s.Month).ToString(), s.At, s.By, s.Note)).ToList()))
            .ToList();
    }
}
