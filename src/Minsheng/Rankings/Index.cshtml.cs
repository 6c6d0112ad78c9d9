using Minsheng.Data;
using Minsheng.Engine.Progress;
using Minsheng.Plans;

namespace Minsheng.Rankings;

/// <summary>Districts and lead units ranked by progress (competition ranking: 1, 2, 2, 4), with their projects.</summary>
public sealed class IndexModel(MinshengDb db) : PlanMonthPage(db)
{
    public IReadOnlyList<(DistrictSummary Item, int? Rank)> Districts { get; private set; } = [];

    public IReadOnlyList<(UnitSummary Item, int? Rank)> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadViewAsync(cancellationToken) is not { } view) return;
        Districts = Ranking.Rank(view.Summary.Districts.Where(d => d.Indicators > 0), d => d.Progress is { } p ? Math.Round(p, 4) : null);
        Units = Ranking.Rank(view.Summary.Units, u => u.Progress is { } p ? Math.Round(p, 4) : null);
    }

    public IEnumerable<ProjectSummary> ProjectsLedBy(string unit) => View!.Summary.Projects.Where(p => p.Lead == unit);
}
