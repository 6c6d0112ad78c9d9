using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minsheng.Data;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;
using Minsheng.Plans;
using Minsheng.Public;
using Minsheng.Shared;

namespace Minsheng.Residents;

/// <summary>
/// What follows the office publishing a month, for the public: the cached pages are dropped, and the
/// followers of each project whose figures came with it are told, as are those of a project now completed (once).
/// </summary>
public sealed class PublicationNotice(MinshengDb db, IOutputCacheStore cache, ISmsSender sms, IStringLocalizer<PublicText> text, IConfiguration configuration)
{
    public async Task AfterPublishingAsync(HttpRequest request, int planId, Period period, CancellationToken cancellationToken)
    {
        await PublicCache.EvictAsync(cache, cancellationToken);

        var followers = await (
            from f in db.Followers
            join p in db.Projects on f.ProjectId equals p.Id
            where p.PlanId == planId
            select new { Follower = f, p.Code, p.Name, Lead = p.LeadUnit!.Name }).ToListAsync(cancellationToken);
        if (followers.Count == 0) return;

        var publishedUnits = await db.Submissions
            .Where(s => s.PlanId == planId && s.Year == period.Year && s.Month == period.Month && s.State == SubmissionState.Published)
            .Select(s => s.Unit).Distinct().ToListAsync(cancellationToken);
        var plan = (await PlanLoader.LoadAsync(db, planId, cancellationToken))!;
        var summary = ProgressEngine.Summarize(plan, new DateOnly(period.Year, period.Month, DateTime.DaysInMonth(period.Year, period.Month)))
            .Projects.ToDictionary(p => p.Code);

        foreach (var row in followers)
        {
            var project = summary[row.Code];
            var link = QrCodes.PublicUrl(request, configuration, QrCodes.ProjectPath(planId, row.Code));
            if (project.Status == Status.Completed && !row.Follower.ToldCompleted)
            {
                row.Follower.ToldCompleted = true;
                await sms.SendAsync(row.Follower.Phone, text["FollowedCompleted", row.Name, link], cancellationToken);
            }
            else if (publishedUnits.Contains(row.Lead))
            {
                await sms.SendAsync(row.Follower.Phone, text["FollowedMonthPublished", row.Name, ChineseFormat.Month(period), ChineseFormat.Percent(project.Progress), link], cancellationToken);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
