using Minsheng.Shared;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Minsheng.Accounts;
using Minsheng.Api;
using Minsheng.Data;

namespace Minsheng.Problems;

public sealed record ProblemResponse(
    int Id, string Project, ProblemType Type, string Description, string? Measures, string? Owner,
    DateOnly? Deadline, ProblemStatus Status, DateTimeOffset RaisedAt, DateTimeOffset? ResolvedAt);

public sealed record RaiseProblemRequest(ProblemType? Type, string? Description, string? Measures = null, string? Owner = null, DateOnly? Deadline = null);

public sealed record UpdateProblemRequest(string? Measures = null, string? Owner = null, DateOnly? Deadline = null, ProblemStatus? Status = null);

/// <summary>存在问题: obstacles on projects (funds, land and approvals, policy, coordination, planning, other).</summary>
public static class ProblemsApi
{
    public static RouteGroupBuilder MapProblemsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/plans/{id:int}/problems").WithTags("Problems").RequireAuthorization(Policies.Read).WithBodyChecks();

        group.MapGet("/", ListProblems).WithSummary("A plan's problems, optionally only open or resolved ones, or one project's.");
        group.MapPost("/", RaiseProblem).RequireAuthorization(Policies.WorkOnProjects).WithSummary("Raise a problem on a project: ?project=CODE.");
        group.MapPatch("/{problemId:int}", UpdateProblem).RequireAuthorization(Policies.Office).WithSummary("Change a problem's measures, owner, deadline or status.");

        return group;
    }

    private static async Task<Results<Ok<List<ProblemResponse>>, ProblemHttpResult, ValidationProblem>> ListProblems(
        int id, string? status, string? project, MinshengDb db, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == id, cancellationToken)) return ApiProblems.NotFound(ApiText.Get("NoPlan", id));
        ProblemStatus? wanted = null;
        if (status is not null)
        {
            if (!Enum.TryParse<ProblemStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [ApiText.Get("NotAStatus", status)] });
            }
            wanted = parsed;
        }
        var query =
            from problem in db.Problems
            join p in db.Projects on problem.ProjectId equals p.Id
            where p.PlanId == id
            select new { Problem = problem, p.Code };
        if (wanted is { } s) query = query.Where(x => x.Problem.Status == s);
        if (project is not null) query = query.Where(x => x.Code == project);
        var rows = await query.OrderBy(x => x.Problem.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(x => x.Problem.ToResponse(x.Code)).ToList());
    }

    private static async Task<Results<Created<ProblemResponse>, ProblemHttpResult, ValidationProblem>> RaiseProblem(
        int id, string? project, RaiseProblemRequest request, ClaimsPrincipal user, MinshengDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == id, cancellationToken)) return ApiProblems.NotFound(ApiText.Get("NoPlan", id));
        return await Problems.RaiseProblem.RaiseAsync(db, id, project, request, user, clock.GetUtcNow(), cancellationToken) switch
        {
            { Stored: { } stored } => TypedResults.Created($"/api/plans/{id}/problems/{stored.Id}", stored.ToResponse(project!)),
            { NotTheirs: { } message } => TypedResults.Problem(message, statusCode: StatusCodes.Status403Forbidden, title: ApiText.Get("ProblemNotTheirs")),
            var refused => TypedResults.ValidationProblem(refused.Errors!, title: ApiText.Get("ProblemNotValid")),
        };
    }

    private static async Task<Results<Ok<ProblemResponse>, ValidationProblem, ProblemHttpResult>> UpdateProblem(
        int id, int problemId, UpdateProblemRequest request, MinshengDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var found = await (
            from problem in db.Problems
            join p in db.Projects on problem.ProjectId equals p.Id
            where p.PlanId == id && problem.Id == problemId
            select new { Problem = problem, p.Code }).FirstOrDefaultAsync(cancellationToken);
        if (found is null) return ApiProblems.NotFound(ApiText.Get("NoProblem", id, problemId));

        if (TextLimits.Refusal(request.Owner, TextLimits.Owner) is { } longOwner)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["owner"] = [longOwner] }, title: ApiText.Get("ProblemNotValid"));
        var stored = found.Problem;
        if (request.Measures is not null) stored.Measures = request.Measures.Trim();
        if (request.Owner is not null) stored.Owner = request.Owner.Trim();
        if (request.Deadline is not null) stored.Deadline = request.Deadline;
        if (request.Status is { } status && status != stored.Status)
        {
            stored.Status = status;
            stored.ResolvedAt = status == ProblemStatus.Resolved ? clock.GetUtcNow() : null;
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(stored.ToResponse(found.Code));
    }

    private static ProblemResponse ToResponse(this StoredProblem problem, string project) => new(
        problem.Id, project, problem.Type, problem.Description, problem.Measures, problem.Owner,
        problem.Deadline, problem.Status, problem.RaisedAt, problem.ResolvedAt);
}
