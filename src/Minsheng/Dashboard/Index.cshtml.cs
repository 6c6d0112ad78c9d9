using Microsoft.Extensions.Localization;
using Minsheng.Data;
using Minsheng.Engine.Bulletins;
using Minsheng.Engine.Progress;
using Minsheng.Plans;
using Minsheng.Problems;
using Minsheng.Reporting;

namespace Minsheng.Dashboard;

/// <summary>The programme at a glance for a month: elapsed, progress, statuses, money, what lags and what finished early.</summary>
public sealed class IndexModel(MinshengDb db, IStringLocalizer<PageText> text) : PlanMonthPage(db)
{
    public DashboardCharts? Charts { get; private set; }

    /// <summary>Red before yellow, the largest shortfall first.</summary>
    public IReadOnlyList<(ProjectSummary Project, IndicatorSummary Indicator)> Lagging { get; private set; } = [];

    public IReadOnlyList<(ProjectSummary Project, IndicatorSummary Indicator)> CompletedEarly { get; private set; } = [];

    /// <summary>The stored escalations as they stood at the month, the same records as the supervision page's.</summary>
    public IReadOnlyList<EscalationRecord> Supervised { get; private set; } = [];

    /// <summary>Who reported the month: the units late and those whose figures are carried forward; null for a month not published through the chain.</summary>
    public MonthReporting? Reporting { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadViewAsync(cancellationToken) is not { } view) return;
        var indicators = view.Summary.Projects.SelectMany(p => p.Indicators.Select(i => (Project: p, Indicator: i))).ToList();
        Lagging = indicators.Where(x => x.Indicator.Light != Light.Green)
            .OrderByDescending(x => x.Indicator.Light).ThenByDescending(x => x.Indicator.Shortfall).ToList();
        CompletedEarly = indicators.Where(x => x.Indicator.CompletedIn is { Month: < 12 }).OrderBy(x => x.Indicator.CompletedIn).ToList();
        Charts = DashboardCharts.From(view.Summary, text);
        Supervised = await EscalationRecords.AtAsync(Db, view.Id, view.Summary.Period, view.StoodUntil, cancellationToken);
        if (view.Summary.Period is { } period) Reporting = await ReportingAtMonth.LoadAsync(Db, view.Id, period, view.StoodUntil, cancellationToken);
    }
}
