using Minsheng.Data;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;

namespace Minsheng.Plans;

/// <summary>Every indicator of a plan at a month with its project, as one table to sort, filter, search, export and print.</summary>
public sealed class IndicatorListModel(MinshengDb db) : PlanMonthPage(db)
{
    public sealed record Row(ProjectSummary Project, IndicatorSummary Figures, Indicator Indicator, string Category, IReadOnlyList<string> Districts);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadViewAsync(cancellationToken) is not { } view) return;
        var planned = view.Plan.Categories.SelectMany(c => c.Projects.Select(p => (Category: c.Name, Project: p))).ToDictionary(x => x.Project.Code);
        // Parts (其中) too, each after its whole: they are reported and judged like any indicator.
        Rows = view.Summary.Projects
            .SelectMany(p => p.AllIndicators.Select(i => new Row(p, i, view.Indicator(i.Code), planned[p.Code].Category,
                i.Districts.Count > 0 ? i.Districts.Select(d => d.Name).ToList() : planned[p.Code].Project.Districts)))
            .ToList();
    }
}
