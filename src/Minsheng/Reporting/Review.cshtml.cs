using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Minsheng.Accounts;
using Minsheng.Data;
using Minsheng.Engine.Model;
using Minsheng.Plans;
using Minsheng.Residents;

namespace Minsheng.Reporting;

/// <summary>
/// The chain's desk for a month: the lead unit accepts or returns its unit's month, the office
/// verifies what is accepted and publishes the month, and sees who has not reported by the 5th.
/// </summary>
public sealed class ReviewModel(MinshengDb db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Plan { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public int PlanId { get; private set; }

    public string? Title { get; private set; }

    public Period Period { get; private set; }

    public IReadOnlyList<SubmissionCard> Cards { get; private set; } = [];

    public MissingResponse? Missing { get; private set; }

    public PeopleNames People { get; private set; } = new(new Dictionary<string, string>());

    /// <summary>What publishing the month would publish and what is missing (the office's view).</summary>
    public PublicationPreview? Preview { get; private set; }

    /// <summary>The month's publications so far, with the gaps confirmed and their reasons.</summary>
    public IReadOnlyList<StoredPublication> Publications { get; private set; } = [];


    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostAcceptAsync(long submissionId, CancellationToken cancellationToken) =>
        StepAsync(plan => Chain.AcceptAsync(db, plan, submissionId, User, clock.GetUtcNow(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(long submissionId, string? reason, CancellationToken cancellationToken) =>
        StepAsync(plan => Chain.ReturnAsync(db, plan, submissionId, User, reason, clock.GetUtcNow(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostVerifyAsync(long submissionId, Dictionary<string, string?>? publicProgress, CancellationToken cancellationToken) =>
        StepAsync(plan => Chain.VerifyAsync(db, plan, submissionId, User, publicProgress, clock.GetUtcNow(), cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostPublishAsync(bool confirmGaps, string? gapsReason, [FromServices] PublicationNotice notice, CancellationToken cancellationToken)
    {
        if (!User.IsOffice()) return Forbid();
        if (!await LoadAsync(cancellationToken)) return NotFound();
        var outcome = await Chain.PublishAsync(db, PlanId, Period, User, confirmGaps, gapsReason, clock.GetUtcNow(), cancellationToken);
        if (outcome.Publication is { } publication) await notice.AfterPublishingAsync(Request, PlanId, Period, cancellationToken);
        Message = outcome.Refused ?? ReportErrors.Get("PublishedMonth", Period, outcome.Publication!.Submissions);
        return RedirectToPage(new { plan = PlanId, month = Period.ToString() });
    }

    private async Task<IActionResult> StepAsync(Func<int, Task<StepOutcome>> step, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        var outcome = await step(PlanId);
        if (outcome.NotFound) return NotFound();
        if (outcome.Forbidden) return Forbid();
        Message = outcome.Refused ?? ReportErrors.Get("StepDone", outcome.Submission!.Unit, StateNames.Of(outcome.Submission.State));
        return RedirectToPage(new { plan = PlanId, month = Period.ToString() });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if ((await PlanChoice.ChooseAsync(db, Plan, cancellationToken)).Chosen is not { } plan) return false;
        (PlanId, Title) = (plan.Id, plan.Title);
        Period = Period.TryParse(Month, out var chosen) && chosen.Year == plan.Year ? chosen : await MonthDue.NextAsync(db, PlanId, plan.Year, cancellationToken);

        var submissions = await db.Submissions.AsNoTracking().Include(s => s.Events)
            .Where(s => s.PlanId == PlanId && s.Year == Period.Year && s.Month == Period.Month)
            .OrderBy(s => s.Unit).ThenByDescending(s => s.Id).ToListAsync(cancellationToken);
        // The latest version of each unit's month, and only the reviewer's own unit.
        var latest = submissions.GroupBy(s => s.Unit).Select(g => g.First()).Where(s => User.IsOffice() || s.Unit == User.Unit()).ToList();
        Cards = await SubmissionCard.LoadAsync(db, latest, cancellationToken);
        if (User.IsOffice())
        {
            Missing = await Reporting.Missing.OfMonthAsync(db, PlanId, Period, clock.GetUtcNow(), cancellationToken);
            Preview = await PublicationPreview.OfMonthAsync(db, PlanId, Period, cancellationToken);
            Publications = await db.Publications.AsNoTracking().Where(p => p.PlanId == PlanId && p.Year == Period.Year && p.Month == Period.Month)
                .OrderBy(p => p.Id).ToListAsync(cancellationToken);
        }
        People = await PeopleNames.LoadAsync(db, latest.SelectMany(s => s.Events).Select(e => e.By).Concat(Publications.Select(p => p.PublishedBy)), cancellationToken);
        return true;
    }
}
