using Microsoft.EntityFrameworkCore;
using Minsheng.Data;

namespace Minsheng.Reporting;

/// <summary>
/// 存在问题 a unit reports with its month, on the form or in the sheet: each one not already open on its project
/// becomes an open problem (type 其他, the unit as owner, 下步措施 as its measures), which the office then follows.
/// One the project has had already, open or closed, is not raised again: a resubmitted month repeats its text.
/// </summary>
public sealed class ReportedProblems
{
    private readonly MinshengDb _db;
    private readonly List<(int ProjectId, string Description)> _known;

    private ReportedProblems(MinshengDb db, List<(int, string)> known) => (_db, _known) = (db, known);

    public static async Task<ReportedProblems> ForProjectsAsync(MinshengDb db, IReadOnlyCollection<int> projectIds, CancellationToken cancellationToken) =>
        new(db, (await db.Problems.Where(p => projectIds.Contains(p.ProjectId))
            .Select(p => new { p.ProjectId, p.Description }).ToListAsync(cancellationToken)).Select(p => (p.ProjectId, p.Description)).ToList());

    /// <summary>Adds the problem unless the project has had it already; true when added. Saved with the caller's changes.</summary>
    public bool Add(int projectId, string? description, string? measures, string? unit, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(description) || _known.Contains((projectId, description.Trim()))) return false;
        _db.Problems.Add(new StoredProblem
        {
            ProjectId = projectId, Type = ProblemType.Other, Description = description.Trim(), Measures = string.IsNullOrWhiteSpace(measures) ? null : measures.Trim(),
            Owner = unit, Status = ProblemStatus.Open, RaisedAt = now,
        });
        _known.Add((projectId, description.Trim()));
        return true;
    }
}
