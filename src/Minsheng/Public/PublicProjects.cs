using Microsoft.EntityFrameworkCore;
using Minsheng.Data;
using Minsheng.Shared;

namespace Minsheng.Public;

public static class PublicProjects
{
    public static async Task<PublicProject?> LoadAsync(MinshengDb db, int planId, string code, CancellationToken cancellationToken)
    {
        if (await PublishedPlan.LoadAsync(db, planId, cancellationToken) is not { } published) return null;
        if (published.Plan.Projects.FirstOrDefault(p => p.Code == code) is not { } project) return null;
        var summary = published.Summary.Projects.Single(p => p.Code == code);
        var projectId = published.ProjectCodes.Single(p => p.Value == code).Key;

        // Only what the office approved; objections go to the office, not to the page.
        var approved = await db.Feedback.AsNoTracking()
            .Where(f => f.ProjectId == projectId && f.State == FeedbackState.Approved && f.Kind != FeedbackKind.Objection)
            .OrderByDescending(f => f.Id)
            .Select(f => new { f.Id, f.Kind, f.Rating, f.Text, f.CreatedAt, f.Answer })
            .ToListAsync(cancellationToken);
        var ratings = approved.Where(f => f.Rating is not null).Select(f => (decimal)f.Rating!.Value).ToList();

        return new PublicProject(
            published.Id,
            published.Plan.Title,
            published.Summary.Period?.ToString(),
            project.Code,
            project.Name,
            summary.Category,
            project.Content,
            project.Lead,
            project.Units,
            project.Districts,
            project.Investment,
            summary.Investment.Planned > 0 ? summary.Investment.Completed : null,
            published.ToItem(summary),
            published.SitesOf(code).Select(s => new PublicSite(s.Id, s.Name, s.District, s.Address, s.Latitude, s.Longitude)).ToList(),
            published.PhotosOf(code).ToList(),
            new PublicRatings(ratings.Count, ratings.Count == 0 ? null : decimal.Round(ratings.Average(), 1)),
            approved.Select(f => new PublicFeedback(f.Id, f.Kind.ToString(), f.Rating, f.Text, ChinaTime.DateOf(f.CreatedAt), f.Answer)).ToList());
    }
}
