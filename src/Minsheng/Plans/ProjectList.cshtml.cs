using Minsheng.Data;
using Minsheng.Engine.Progress;
using Minsheng.Problems;

namespace Minsheng.Plans;

/// <summary>Every project of a plan at a month, as one table a clerk sorts, filters, searches, exports and prints.</summary>
public sealed class ProjectListModel(MinshengDb db) : PlanMonthPage(db)
{
    public sealed record Row(ProjectSummary Project, string Category, IReadOnlyList<string> Districts, int? Level);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadViewAsync(cancellationToken) is not { } view) return;
        var levels = (await EscalationRecords.AtAsync(Db, view.Id, view.Summary.Period, view.StoodUntil, cancellationToken))
            .Where(e => e.IsOpen).GroupBy(e => e.Project).ToDictionary(g => g.Key, g => g.Max(e => e.Level));
        var planned = view.Plan.Categories.SelectMany(c => c.Projects.Select(p => (Category: c.Name, Project: p))).ToDictionary(x => x.Project.Code);
        Rows = view.Summary.Projects
            .Select(p => new Row(p, planned[p.Code].Category, planned[p.Code].Project.Districts, levels.TryGetValue(p.Code, out var level) ? level : null))
            .ToList();
    }
}
