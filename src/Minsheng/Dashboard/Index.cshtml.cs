using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Minsheng.Data;
using Minsheng.Engine.Progress;
using Minsheng.Plans;

namespace Minsheng.Dashboard;

/// <summary>The programme at a glance for a month: elapsed, progress, statuses, money, what lags and what finished early.</summary>
public sealed class IndexModel(MinshengDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Plan { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public PlanAtMonth? View { get; private set; }

    /// <summary>Red before yellow, the largest shortfall first.</summary>
    public IReadOnlyList<(ProjectSummary Project, IndicatorSummary Indicator)> Lagging { get; private set; } = [];

    public IReadOnlyList<(ProjectSummary Project, IndicatorSummary Indicator)> CompletedEarly { get; private set; } = [];

    public IReadOnlyList<(ProjectEscalation Escalation, ProjectSummary Project)> Supervised { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = await PlanAtMonth.LoadAsync(db, Plan, Month, cancellationToken);
        if (View is null) return;
        var indicators = View.Summary.Projects.SelectMany(p => p.Indicators.Select(i => (Project: p, Indicator: i))).ToList();
        Lagging = indicators.Where(x => x.Indicator.Light != Light.Green)
            .OrderByDescending(x => x.Indicator.Light).ThenByDescending(x => x.Indicator.Shortfall).ToList();
        CompletedEarly = indicators.Where(x => x.Indicator.CompletedIn is { Month: < 12 }).OrderBy(x => x.Indicator.CompletedIn).ToList();
        var projects = View.Summary.Projects.ToDictionary(p => p.Code);
        Supervised = Escalation.Evaluate(View.Plan, View.Summary.AsOf).Select(e => (e, projects[e.Project])).ToList();
    }
}
