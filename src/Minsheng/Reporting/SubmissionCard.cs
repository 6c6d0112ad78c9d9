using Microsoft.EntityFrameworkCore;
using Minsheng.Data;
using Minsheng.Engine.Model;
using Minsheng.Plans;

namespace Minsheng.Reporting;

/// <summary>A figure of a submission beside the one standing before it; Planned is the indicator whose precision and stages write it.</summary>
public sealed record SubmittedFigure(string Project, string Indicator, string? Unit, string? District, decimal Actual, decimal? Before, string? Note, Indicator Planned);

/// <summary>A project's month of a submission: money, the internal texts, and the public text proposed and approved.</summary>
public sealed record SubmittedProject(string Code, string Name, StoredProjectReport Row);

/// <summary>A unit's month as a reviewer sees it: where it stands, its steps, its figures and its projects' months.</summary>
public sealed record SubmissionCard(StoredSubmission Submission, IReadOnlyList<SubmittedFigure> Figures, IReadOnlyList<SubmittedProject> Projects)
{
    public static async Task<IReadOnlyList<SubmissionCard>> LoadAsync(MinshengDb db, IReadOnlyList<StoredSubmission> submissions, CancellationToken cancellationToken)
    {
        var ids = submissions.Select(s => s.Id).ToList();
        var rows = await (
            from r in db.IndicatorReports
            join i in db.Indicators on r.IndicatorId equals i.Id
            join p in db.Projects on i.ProjectId equals p.Id
            join d in db.Districts on r.DistrictId equals d.Id into districts
            from d in districts.DefaultIfEmpty()
            where ids.Contains(r.SubmissionId ?? 0)
            orderby r.Id
            select new { r.SubmissionId, r.IndicatorId, r.DistrictId, r.Year, r.Month, r.Actual, r.Note, Project = p.Name, Indicator = i.Name, i.Code, i.Unit, District = d == null ? null : d.Name })
            .ToListAsync(cancellationToken);
        var before = new Dictionary<int, (int Month, decimal Actual)>();
        var planned = new Dictionary<string, Indicator>(StringComparer.Ordinal);
        if (submissions.Count > 0)
        {
            var (planId, year, month) = (submissions[0].PlanId, submissions[0].Year, submissions[0].Month);
            planned = (await PlanLoader.LoadAsync(db, planId, FigureView.Published, cancellationToken))!.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
            before = (await FigureChecks.FiguresBeforeAsync(db, planId, new Engine.Model.Period(year, month), cancellationToken))
                .ToDictionary(f => f.Key, f => (f.Value.Period.Month, f.Value.Actual));
        }
        var bySubmission = rows.ToLookup(r => r.SubmissionId!.Value);
        var projectRows = (await (
            from r in db.ProjectReports
            join p in db.Projects on r.ProjectId equals p.Id
            where ids.Contains(r.SubmissionId ?? 0)
            orderby r.Id
            select new { Row = r, p.Code, p.Name }).AsNoTracking().ToListAsync(cancellationToken))
            .GroupBy(r => (r.Row.SubmissionId, r.Row.ProjectId)).Select(g => g.Last())
            .ToLookup(r => r.Row.SubmissionId!.Value, r => new SubmittedProject(r.Code, r.Name, r.Row));
        return submissions.Select(s => new SubmissionCard(s, bySubmission[s.Id]
            .GroupBy(r => (r.IndicatorId, r.DistrictId)).Select(g => g.Last())
            .Select(r => new SubmittedFigure(r.Project, r.Indicator, r.Unit, r.District, r.Actual,
                r.DistrictId is null && before.TryGetValue(r.IndicatorId, out var b) ? b.Actual : null, r.Note, planned[r.Code]))
            .ToList(), projectRows[s.Id].ToList())).ToList();
    }
}
