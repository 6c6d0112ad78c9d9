using Microsoft.EntityFrameworkCore;
using Minsheng.Data;

namespace Minsheng.Reporting;

/// <summary>
/// 存在问题 a unit reports with its month, on the form or in the sheet: each one not already open on its project
/// becomes an open problem (type 其他, the unit as owner, 下步措施 as its measures), which the office then follows.
/// </summary>
public sealed class ReportedProblems
{
    private readonly MinshengDb _db;
    private readonly List<(int ProjectId, string Description)> _open;

    private ReportedProblems(MinshengDb db, List<(int, string)> open) => (_db, _open) = (db, open);

    public static async Task<ReportedProblems> ForProjectsAsync(MinshengDb db, IReadOnlyCollection<int> projectIds, CancellationToken cancellationToken) =>
        new(db, (await db.Problems.Where(p => projectIds.Contains(p.ProjectId) && p.Status == ProblemStatus.Open)
            .Select(p => new { p.ProjectId, p.Description }).ToListAsync(cancellationToken)).Select(p => (p.ProjectId, p.Description)).ToList());

    /// <summary>Adds the problem unless the project has it open already; true when added. Saved with the caller's changes.</summary>
    public bool Add(int projectId, string? description, string? measures, string? unit, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(description) || _open.Contains((projectId, description.Trim()))) return false;
        _db.Problems.Add(new StoredProblem
        {
            ProjectId = projectId, Type = ProblemType.Other, Description = description.Trim(), Measures = string.IsNullOrWhiteSpace(measures) ? null : measures.Trim(),
            Owner = unit, Status = ProblemStatus.Open, RaisedAt = now,
        });
        _open.Add((projectId, description.Trim()));
        return true;
    }
}
