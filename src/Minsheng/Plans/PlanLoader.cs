using Microsoft.EntityFrameworkCore;
using Minsheng.Data;
using Minsheng.Engine.Model;

namespace Minsheng.Plans;

/// <summary>
/// Reads a stored plan into the engine's model: the structure, and the report rows the view counts
/// in the order they were added, so that the latest row for a month and key counts.
/// </summary>
public static class PlanLoader
{
    /// <summary>The plan with its published figures.</summary>
    public static Task<Plan?> LoadAsync(MinshengDb db, int planId, CancellationToken cancellationToken = default) =>
        LoadAsync(db, planId, FigureView.Published, cancellationToken);

    public static async Task<Plan?> LoadAsync(MinshengDb db, int planId, FigureView view, CancellationToken cancellationToken = default)
    {
        var stored = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (stored is null) return null;

        var units = await db.Units.AsNoTracking().Where(u => u.PlanId == planId).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var districts = await db.Districts.AsNoTracking().Where(d => d.PlanId == planId).ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        var categories = await db.Categories.AsNoTracking().Where(c => c.PlanId == planId).OrderBy(c => c.Position).ToListAsync(cancellationToken);
        var projects = await db.Projects.AsNoTracking().Where(p => p.PlanId == planId).OrderBy(p => p.Position).ToListAsync(cancellationToken);
        var projectUnits = await (
            from pu in db.ProjectUnits
            join p in db.Projects on pu.ProjectId equals p.Id
            where p.PlanId == planId
            orderby pu.Position
            select new { pu.ProjectId, pu.UnitId }).ToListAsync(cancellationToken);
        var projectDistricts = await (
            from pd in db.ProjectDistricts
            join p in db.Projects on pd.ProjectId equals p.Id
            where p.PlanId == planId
            orderby pd.Position
            select new { pd.ProjectId, pd.DistrictId }).ToListAsync(cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.PlanId == planId).OrderBy(i => i.Position).ToListAsync(cancellationToken);
        var nodes = await (
            from n in db.Nodes
            join i in db.Indicators on n.IndicatorId equals i.Id
            where i.PlanId == planId
            select n).AsNoTracking().ToListAsync(cancellationToken);
        var districtTargets = await (
            from t in db.DistrictTargets
            join i in db.Indicators on t.IndicatorId equals i.Id
            where i.PlanId == planId
            orderby t.Position
            select t).AsNoTracking().ToListAsync(cancellationToken);
        var counted = await CountedSubmissionsAsync(db, planId, view, cancellationToken);
        var indicatorReports = (await db.IndicatorReports.Where(r => r.PlanId == planId).OrderBy(r => r.Id)
            .Select(r => new { r.IndicatorId, r.Year, r.Month, r.DistrictId, r.Actual, r.Note, r.SubmissionId }).ToListAsync(cancellationToken))
            .Where(r => r.SubmissionId is not { } s || counted.Contains(s));
        var projectReports = (await db.ProjectReports.AsNoTracking().Where(r => r.PlanId == planId).OrderBy(r => r.Id).ToListAsync(cancellationToken))
            .Where(r => r.SubmissionId is not { } s || counted.Contains(s));

        var unitsByProject = projectUnits.ToLookup(u => u.ProjectId, u => units[u.UnitId]);
        var districtsByProject = projectDistricts.ToLookup(d => d.ProjectId, d => districts[d.DistrictId]);
        var nodesByIndicator = nodes.ToLookup(n => n.IndicatorId);
        var targetsByIndicator = districtTargets.ToLookup(t => t.IndicatorId);
        var indicatorsByProject = indicators.ToLookup(i => i.ProjectId, i => new Indicator(
            i.Code,
            i.Name,
            i.Kind,
            i.Target,
            i.Unit,
            i.Direction,
            i.Stages?.Split('\n') ?? [],
            nodesByIndicator[i.Id].ToDictionary(n => n.Month, n => n.Value),
            targetsByIndicator[i.Id].ToDictionary(t => districts[t.DistrictId], t => t.Target, StringComparer.Ordinal),
            i.Curve) { WholeNumbers = i.WholeNumbers, Of = i.Of });
        var projectsByCategory = projects.ToLookup(p => p.CategoryId, p => new Project(
            p.Code,
            p.Name,
            p.Content,
            p.LeadUnitId is { } lead ? units[lead] : null,
            unitsByProject[p.Id].ToList(),
            districtsByProject[p.Id].ToList(),
            p.Investment,
            p.FundsCity is null && p.FundsDistrict is null && p.FundsOther is null ? null : new Funds(p.FundsCity ?? 0, p.FundsDistrict ?? 0, p.FundsOther ?? 0),
            p.Latitude is { } lat && p.Longitude is { } lon ? new Location(lat, lon, p.Address) : null,
            indicatorsByProject[p.Id].ToList()));

        var indicatorCodes = indicators.ToDictionary(i => i.Id, i => i.Code);
        var projectCodes = projects.ToDictionary(p => p.Id, p => p.Code);
        return new Plan(
            stored.Region,
            stored.Year,
            stored.Title,
            new PlanSettings(stored.Curve, stored.TolerancePoints, stored.RedPoints, EscalationText.Read(stored.Escalation)),
            categories.Select(c => new Category(c.Code, c.Name, projectsByCategory[c.Id].ToList())).ToList(),
            indicatorReports.Select(r => new IndicatorReport(new Period(r.Year, r.Month), indicatorCodes[r.IndicatorId], r.Actual, r.DistrictId is { } d ? districts[d] : null, r.Note))
                .ToList(),
            projectReports.Select(r => new ProjectReport(new Period(r.Year, r.Month), projectCodes[r.ProjectId], r.Investment, ToFundsUsed(r), r.Note))
                .ToList());
    }

    /// <summary>The submissions whose rows the view counts; rows imported with a plan document always count.</summary>
    private static async Task<HashSet<long>> CountedSubmissionsAsync(MinshengDb db, int planId, FigureView view, CancellationToken cancellationToken)
    {
        var submissions = await db.Submissions.Where(s => s.PlanId == planId)
            .Select(s => new { s.Id, s.State, s.PublishedAt }).ToListAsync(cancellationToken);
        return submissions
            .Where(s => s.State == SubmissionState.Published && (view.PublishedBy is not { } by || s.PublishedAt <= by)
                || view.Pending)
            .Select(s => s.Id)
            .ToHashSet();
    }

    private static FundsUsed? ToFundsUsed(StoredProjectReport report) =>
        report.FundsCity is null && report.FundsDistrict is null && report.FundsOther is null
            ? null
            : new FundsUsed(report.FundsCity, report.FundsDistrict, report.FundsOther);

}
