using Microsoft.EntityFrameworkCore;
using Minsheng.Data;
using Minsheng.Engine.Bulletins;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;
using Minsheng.Photos;
using Minsheng.Plans;
using Minsheng.Reporting;
using Minsheng.Shared;

namespace Minsheng.Public;

/// <summary>A plan as the public sees it, from its published figures at the latest published month.</summary>
public sealed record PublishedPlan(
    int Id, Plan Plan, Summary Summary, IReadOnlyList<StoredSite> Sites, IReadOnlyDictionary<int, string> ProjectCodes, ILookup<string, PublicPhoto> PhotosByProject,
    MonthReporting? Reporting, IReadOnlyDictionary<string, string> LatestProgress)
{
    /// <summary>The newest plan when no id is given.</summary>
    public static async Task<PublishedPlan?> LoadAsync(MinshengDb db, int? id, CancellationToken cancellationToken)
    {
        var planId = id ?? await db.Plans.OrderByDescending(p => p.Year).ThenBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (planId is not { } found || await PlanLoader.LoadAsync(db, found, cancellationToken) is not { } plan) return null;
        var summary = ProgressEngine.Summarize(plan, AsOfDate.LatestReported(plan));
        var codes = await db.Projects.Where(p => p.PlanId == found).ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);
        var sites = await db.Sites.AsNoTracking().Where(s => s.PlanId == found).OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var photos = await db.Photos.AsNoTracking().Where(p => p.PlanId == found && p.RemovedAt == null)
            .Select(p => new { p.ProjectId, p.Id, p.Caption, p.TakenOn, p.UploadedAt, p.Width, p.Height, p.SiteId })
            .ToListAsync(cancellationToken);
        // Sorted here: the providers put a missing date in different places.
        var photosByProject = photos.OrderByDescending(p => PhotoUpload.ShownDate(p.TakenOn, p.UploadedAt)).ThenByDescending(p => p.Id).ToLookup(
            p => codes[p.ProjectId],
            p => new PublicPhoto(p.Id, PhotosApi.FullUrl(p.Id), PhotosApi.SmallUrl(p.Id), p.Caption, p.TakenOn, p.Width, p.Height, p.SiteId));
        var reporting = summary.Period is { } period ? await ReportingAtMonth.LoadAsync(db, found, period, null, cancellationToken) : null;
        return new PublishedPlan(found, plan, summary, sites, codes, photosByProject, reporting, await LatestProgressAsync(db, found, codes, summary.Period, cancellationToken));
    }

    public IEnumerable<StoredSite> SitesOf(string projectCode) => Sites.Where(s => ProjectCodes[s.ProjectId] == projectCode);

    /// <summary>The project's photos on show, the latest taken first.</summary>
    public IEnumerable<PublicPhoto> PhotosOf(string projectCode) => PhotosByProject[projectCode];

    public PublicProgramme ToProgramme()
    {
        var projects = Summary.Projects.ToLookup(p => p.Category);
        return new PublicProgramme(
            Id, Plan.Region, Plan.Year, Plan.Title, Summary.Period?.ToString(), Summary.Elapsed, Summary.Overall.Progress, Summary.Overall.Status,
            Summary.Overall.Projects, Summary.Overall.Indicators, Sites.Count,
            Summary.Categories.Select(c => new PublicCategory(c.Code, c.Name, c.Progress, c.Status, projects[c.Code].Select(ToItem).ToList())).ToList());
    }

    public PublicProjectItem ToItem(ProjectSummary project) => new(
        project.Code,
        project.Name,
        project.Lead,
        project.Status,
        project.Light,
        project.Progress,
        project.CompletedIn?.ToString(),
        project.Indicators.Select(ToFigure).ToList(),
        LatestProgress.GetValueOrDefault(project.Code),
        SitesOf(project.Code).Count(),
        PhotosOf(project.Code).FirstOrDefault(),
        Reporting?.CarriesForward(project.Lead) == true);

    private PublicFigure ToFigure(IndicatorSummary figures)
    {
        var indicator = Plan.Indicators.First(i => i.Code == figures.Code);
        return new PublicFigure(figures.Code, figures.Name, figures.Unit, figures.Target, figures.Actual, figures.Rate, figures.Status, figures.Light,
            figures.CompletedIn?.ToString(), ChineseFormat.Figure(indicator, figures.Target), ChineseFormat.Figure(indicator, figures.Actual));
    }

    /// <summary>
    /// 最新进展: each project's newest public text (公开进展) the office approved, of a month published up to the month
    /// shown. Units' notes to their reviewers are internal and never shown here.
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, string>> LatestProgressAsync(
        MinshengDb db, int planId, IReadOnlyDictionary<int, string> codes, Period? shown, CancellationToken cancellationToken)
    {
        var rows = await (
            from r in db.ProjectReports
            join s in db.Submissions on r.SubmissionId equals s.Id
            where r.PlanId == planId && s.State == SubmissionState.Published
            select new { r.ProjectId, r.Year, r.Month, r.Id, Text = r.ApprovedPublicProgress }).ToListAsync(cancellationToken);
        // A month's newest row decides its text (a correction may withdraw it); the newest month with a text is shown.
        return rows.Where(t => shown is not { } s || new Period(t.Year, t.Month).CompareTo(s) <= 0)
            .GroupBy(t => (t.ProjectId, t.Year, t.Month)).Select(g => g.MaxBy(t => t.Id)!)
            .Where(t => t.Text is not null)
            .GroupBy(t => t.ProjectId)
            .ToDictionary(g => codes[g.Key], g => g.OrderBy(t => t.Year).ThenBy(t => t.Month).Last().Text!);
    }
}
