using Microsoft.EntityFrameworkCore;
using Minsheng.Data;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;
using Minsheng.Photos;
using Minsheng.Plans;
using Minsheng.Shared;

namespace Minsheng.Public;

/// <summary>A plan as the public sees it, from its published figures at the latest published month.</summary>
public sealed record PublishedPlan(
    int Id, Plan Plan, Summary Summary, IReadOnlyList<StoredSite> Sites, IReadOnlyDictionary<int, string> ProjectCodes, ILookup<string, PublicPhoto> PhotosByProject)
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
        return new PublishedPlan(found, plan, summary, sites, codes, photosByProject);
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
        LatestNote(project.Code),
        SitesOf(project.Code).Count(),
        PhotosOf(project.Code).FirstOrDefault());

    private PublicFigure ToFigure(IndicatorSummary figures)
    {
        var indicator = Plan.Indicators.First(i => i.Code == figures.Code);
        return new PublicFigure(figures.Code, figures.Name, figures.Unit, figures.Target, figures.Actual, figures.Rate, figures.Status, figures.Light,
            figures.CompletedIn?.ToString(), ChineseFormat.Figure(indicator, figures.Target), ChineseFormat.Figure(indicator, figures.Actual));
    }

    /// <summary>The newest note of the project's published figures up to the month shown.</summary>
    public string? LatestNote(string projectCode)
    {
        if (Plan.Projects.FirstOrDefault(p => p.Code == projectCode) is not { } project) return null;
        var indicators = project.Indicators.Select(i => i.Code).ToHashSet();
        var shown = Summary.Period;
        var notes = Plan.IndicatorReports.Where(r => indicators.Contains(r.Indicator)).Select(r => (r.Period, r.Note))
            .Concat(Plan.ProjectReports.Where(r => r.Project == projectCode).Select(r => (r.Period, r.Note)))
            .Where(n => !string.IsNullOrWhiteSpace(n.Note) && (shown is not { } s || n.Period.CompareTo(s) <= 0));
        return notes.OrderBy(n => n.Period).Select(n => n.Note).LastOrDefault();
    }
}
