using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Minsheng.Data;
using Minsheng.Public;

namespace Minsheng.Residents;

/// <summary>The office's queue: residents' comments, suggestions and objections, approved or rejected before anything is shown, and answered.</summary>
public sealed class ModerationModel(MinshengDb db, IOutputCacheStore cache, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Plan { get; set; }

    [BindProperty(SupportsGet = true)] public string State { get; set; } = "Pending";

    public int PlanId { get; private set; }

    public IReadOnlyList<(StoredFeedback Feedback, string Code, string Name)> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostApproveAsync(long feedbackId, CancellationToken cancellationToken) =>
        ChangeAsync(feedbackId, f => (f.State, f.ModeratedBy, f.ModeratedAt) = (FeedbackState.Approved, User.Identity?.Name, clock.GetUtcNow()), cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(long feedbackId, CancellationToken cancellationToken) =>
        ChangeAsync(feedbackId, f => (f.State, f.ModeratedBy, f.ModeratedAt) = (FeedbackState.Rejected, User.Identity?.Name, clock.GetUtcNow()), cancellationToken);

    public Task<IActionResult> OnPostAnswerAsync(long feedbackId, string? answer, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(answer) || answer.Length > ResidentActions.MaxText
            ? Task.FromResult<IActionResult>(RedirectToPage(new { plan = Plan, state = State }))
            : ChangeAsync(feedbackId, f => (f.Answer, f.AnsweredAt) = (answer.Trim(), clock.GetUtcNow()), cancellationToken);

    private async Task<IActionResult> ChangeAsync(long feedbackId, Action<StoredFeedback> change, CancellationToken cancellationToken)
    {
        if (await db.Feedback.FirstOrDefaultAsync(f => f.Id == feedbackId, cancellationToken) is not { } feedback) return NotFound();
        change(feedback);
        await db.SaveChangesAsync(cancellationToken);
        await PublicCache.EvictAsync(cache, cancellationToken);
        return RedirectToPage(new { plan = feedback.PlanId, state = State });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var planId = await db.Plans.Where(p => Plan == null || p.Id == Plan).OrderByDescending(p => p.Year).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (planId is not { } id) return false;
        PlanId = id;
        var state = Enum.TryParse<FeedbackState>(State, ignoreCase: true, out var parsed) ? parsed : FeedbackState.Pending;
        var rows = await (
            from f in db.Feedback
            join p in db.Projects on f.ProjectId equals p.Id
            where f.PlanId == id && f.State == state
            orderby f.Id descending
            select new { Feedback = f, p.Code, p.Name }).Take(500).ToListAsync(cancellationToken);
        Items = rows.Select(r => (r.Feedback, r.Code, r.Name)).ToList();
        return true;
    }
}
