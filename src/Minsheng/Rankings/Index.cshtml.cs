using Minsheng.Data;
using Minsheng.Engine.Progress;
using Minsheng.Plans;

namespace Minsheng.Rankings;

/// <summary>Districts and lead units ranked by progress (competition ranking: 1, 2, 2, 4), each with its projects and their statuses.</summary>
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

    /// <summary>The projects carried out in a district: those naming it, or with a target for it.</summary>
    public IEnumerable<ProjectSummary> ProjectsIn(string district)
    {
        var codes = View!.Plan.Projects
            .Where(p => p.Districts.Contains(district) || p.Indicators.Any(i => i.DistrictTargets.ContainsKey(district)))
            .Select(p => p.Code).ToHashSet();
        return View.Summary.Projects.Where(p => codes.Contains(p.Code));
    }
}
