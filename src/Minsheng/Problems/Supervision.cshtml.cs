using Microsoft.AspNetCore.Mvc;
using Minsheng.Accounts;
using Minsheng.Data;
using Minsheng.Plans;

namespace Minsheng.Problems;

/// <summary>督办: the projects the rules put under supervision as they stood at a month, their history, and the office's closing (销号) of what is open now.</summary>
public sealed class SupervisionModel(MinshengDb db, TimeProvider clock) : PlanMonthPage(db)
{
    public IReadOnlyList<EscalationRecord> Records { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadViewAsync(cancellationToken) is not { } view) return;
        Records = await EscalationRecords.AtAsync(Db, view.Id, view.Summary.Period, view.StoodUntil, cancellationToken);
    }

    public async Task<IActionResult> OnPostCloseAsync(long escalationId, string? note, CancellationToken cancellationToken)
    {
        if (!User.IsOffice()) return Forbid();
        if (await LoadViewAsync(cancellationToken) is not { } view) return NotFound();
        Message = await Supervision.CloseAsync(Db, view.Id, escalationId, note, User.Identity?.Name, clock.GetUtcNow(), cancellationToken) ?? ProblemText.Get("ActionClosed");
        return RedirectToPage(new { plan = view.Id });
    }
}
