using Minsheng.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Minsheng.Accounts;
using Minsheng.Data;
using Minsheng.Plans;

namespace Minsheng.Problems;

/// <summary>存在问题 by type (funds, land and approvals, policy, coordination, planning, other); the office closes them (销号).</summary>
public sealed class IndexModel(MinshengDb db, TimeProvider clock) : PlanMonthPage(db)
{
    public IReadOnlyList<ProblemLine> Open { get; private set; } = [];

    public IReadOnlyList<ProblemLine> Resolved { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadViewAsync(cancellationToken) is not { } view) return;
        var problems = await (
            from problem in Db.Problems
            join p in Db.Projects on problem.ProjectId equals p.Id
            where p.PlanId == view.Id
            orderby problem.Type, problem.Id
            select new ProblemLine(problem, p.Code, p.Name)).ToListAsync(cancellationToken);
        Open = problems.Where(p => p.Problem.Status == ProblemStatus.Open).ToList();
        Resolved = problems.Where(p => p.Problem.Status == ProblemStatus.Resolved).ToList();
    }

    public async Task<IActionResult> OnPostResolveAsync(int problemId, CancellationToken cancellationToken)
    {
        if (!User.IsOffice()) return Forbid();
        var problem = await Db.Problems.FindAsync([problemId], cancellationToken);
        if (problem is null) return NotFound();
        problem.Status = ProblemStatus.Resolved;
        problem.ResolvedAt = clock.GetUtcNow();
        await Db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { plan = Plan });
    }

    /// <summary>The office changes a problem's measures, owner and deadline as it is followed up.</summary>
    public async Task<IActionResult> OnPostUpdateAsync(int problemId, string? measures, string? owner, DateOnly? deadline, CancellationToken cancellationToken)
    {
        if (!User.IsOffice()) return Forbid();
        var problem = await Db.Problems.FindAsync([problemId], cancellationToken);
        if (problem is null) return NotFound();
        if ((TextLimits.Refusal(measures, TextLimits.Note) ?? TextLimits.Refusal(owner, TextLimits.Owner)) is { } tooLong) return BadRequest(tooLong);
        problem.Measures = string.IsNullOrWhiteSpace(measures) ? null : measures.Trim();
        problem.Owner = string.IsNullOrWhiteSpace(owner) ? null : owner.Trim();
        problem.Deadline = deadline;
        await Db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { plan = Plan });
    }
}

public sealed record ProblemLine(StoredProblem Problem, string ProjectCode, string ProjectName);
