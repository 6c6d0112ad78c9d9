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
    /// <summary>The problems raised by the month shown, each open or closed as it stood then (the newest month: now).</summary>
    public IReadOnlyList<ProblemLine> Lines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadViewAsync(cancellationToken) is not { } view) return;
        var problems = await (
            from problem in Db.Problems
            join p in Db.Projects on problem.ProjectId equals p.Id
            where p.PlanId == view.Id
            orderby problem.Type, problem.Id
            select new { Problem = problem, p.Code, p.Name }).ToListAsync(cancellationToken);
        var planned = view.Plan.Categories.SelectMany(c => c.Projects.Select(p => (Category: c.Name, Project: p))).ToDictionary(x => x.Project.Code);
        // Compared here: SQLite keeps moments as text and cannot compare them in a query (as OpenProblems does for the bulletin).
        var until = view.StoodUntil;
        Lines = problems
            .Where(r => until is not { } at || r.Problem.RaisedAt <= at)
            .Select(r => new ProblemLine(r.Problem, r.Code, r.Name, planned.GetValueOrDefault(r.Code).Project?.Lead, planned.GetValueOrDefault(r.Code).Category ?? "",
                until is { } at ? r.Problem.Status == ProblemStatus.Open || r.Problem.ResolvedAt > at : r.Problem.Status == ProblemStatus.Open))
            .OrderBy(l => !l.IsOpen).ThenBy(l => l.Problem.Type).ThenBy(l => l.Problem.Id).ToList();
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

/// <summary>A problem on the list: its project, the project's lead unit and category, and whether it was open at the month shown.</summary>
public sealed record ProblemLine(StoredProblem Problem, string ProjectCode, string ProjectName, string? Lead, string Category, bool IsOpen);
