using Microsoft.Extensions.Localization;
using Minsheng.Data;
using Minsheng.Engine.Progress;
using Minsheng.Plans;

namespace Minsheng.Dashboard;

/// <summary>The programme at a glance for a month: elapsed, progress, statuses, money, what lags and what finished early.</summary>
public sealed class IndexModel(MinshengDb db, IStringLocalizer<PageText> text) : PlanMonthPage(db)
{
    public DashboardCharts? Charts { get; private set; }

    /// <summary>Red before yellow, the largest shortfall first.</summary>
    public IReadOnlyList<(ProjectSummary Project, IndicatorSummary Indicator)> Lagging { get; private set; } = [];

    public IReadOnlyList<(ProjectSummary Project, IndicatorSummary Indicator)> CompletedEarly { get; private set; } = [];

    public IReadOnlyList<(ProjectEscalation Escalation, ProjectSummary Project)> Supervised { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadViewAsync(cancellationToken) is not { } view) return;
        var indicators = view.Summary.Projects.SelectMany(p => p.Indicators.Select(i => (Project: p, Indicator: i))).ToList();
        Lagging = indicators.Where(x => x.Indicator.Light != Light.Green)
            .OrderByDescending(x => x.Indicator.Light).ThenByDescending(x => x.Indicator.Shortfall).ToList();
        CompletedEarly = indicators.Where(x => x.Indicator.CompletedIn is { Month: < 12 }).OrderBy(x => x.Indicator.CompletedIn).ToList();
        var projects = view.Summary.Projects.ToDictionary(p => p.Code);
        Charts = DashboardCharts.From(view.Summary, text);
        Supervised = Escalation.Evaluate(view.Plan, view.Summary.AsOf).Select(e => (e, projects[e.Project])).ToList();
    }
}
