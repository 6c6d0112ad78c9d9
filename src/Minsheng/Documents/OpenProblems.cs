using Microsoft.EntityFrameworkCore;
using Minsheng.Data;
using Minsheng.Engine.Bulletins;

namespace Minsheng.Documents;

/// <summary>A stored plan's open problems as the documents name them.</summary>
public static class OpenProblems
{
    public static async Task<IReadOnlyList<OpenProblem>> LoadAsync(MinshengDb db, int planId, CancellationToken cancellationToken)
    {
        var rows = await (
            from problem in db.Problems
            join project in db.Projects on problem.ProjectId equals project.Id
            where project.PlanId == planId && problem.Status == ProblemStatus.Open
            orderby problem.Id
            select new { project.Code, problem.Type, problem.Description, problem.Measures }).ToListAsync(cancellationToken);
        return rows.Select(r => new OpenProblem(r.Code, KindOf(r.Type), r.Description, r.Measures)).ToList();
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
