using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Minsheng.Data;

namespace Minsheng.Plans;

/// <summary>A page about a plan at a month, both chosen in the query (?plan=1&amp;month=2024-09) or the newest by default.</summary>
public abstract class PlanMonthPage(MinshengDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Plan { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public PlanAtMonth? View { get; private set; }

    protected MinshengDb Db { get; } = db;

    protected async Task<PlanAtMonth?> LoadViewAsync(CancellationToken cancellationToken) =>
        View = await PlanAtMonth.LoadAsync(Db, Plan, Month, cancellationToken);
}
