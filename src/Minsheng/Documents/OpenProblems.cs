using Microsoft.EntityFrameworkCore;
using Minsheng.Data;
using Minsheng.Engine.Bulletins;

namespace Minsheng.Documents;

/// <summary>A stored plan's problems open at a moment, as the documents name them.</summary>
public static class OpenProblems
{
    /// <summary>
    /// The problems open when a month's figures stood (until the next month was published: a past month's
    /// bulletin names the problems of its time, not today's), or open now when <paramref name="until"/> is null.
    /// </summary>
    public static async Task<IReadOnlyList<OpenProblem>> LoadAsync(MinshengDb db, int planId, DateTimeOffset? until, CancellationToken cancellationToken)
    {
        var rows = await (
            from problem in db.Problems
            join project in db.Projects on problem.ProjectId equals project.Id
            where project.PlanId == planId
            orderby problem.Id
            select new { project.Code, Problem = problem }).ToListAsync(cancellationToken);
        // Compared here: SQLite keeps moments as text and cannot compare them in a query.
        return rows
            .Where(r => until is { } at
                ? r.Problem.RaisedAt <= at && (r.Problem.Status == ProblemStatus.Open || r.Problem.ResolvedAt > at)
                : r.Problem.Status == ProblemStatus.Open)
            .Select(r => new OpenProblem(r.Code, KindOf(r.Problem.Type), r.Problem.Description, r.Problem.Measures)).ToList();
    }

    public static ProblemKind KindOf(ProblemType type) => type switch
    {
        ProblemType.Funds => ProblemKind.Funds,
        ProblemType.LandAndApprovals => ProblemKind.LandAndApprovals,
        ProblemType.Policy => ProblemKind.Policy,
        ProblemType.Coordination => ProblemKind.Coordination,
        ProblemType.Planning => ProblemKind.Planning,
        _ => ProblemKind.Other,
    };
}
