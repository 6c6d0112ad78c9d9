using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minsheng.Data;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;

namespace Minsheng.Plans;

/// <summary>A project: its content and units, each indicator's curve against its monthly actuals, districts, report history and problems.</summary>
public sealed class ProjectModel(MinshengDb db, IStringLocalizer<PageText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public PlanAtMonth View { get; private set; } = null!;

    public Project Project { get; private set; } = null!;

    public ProjectSummary Summary { get; private set; } = null!;

    /// <summary>Each indicator's months, for its table and its chart.</summary>
    public IReadOnlyList<IndicatorTrajectory> Trajectories { get; private set; } = [];

    public ProjectCharts Charts { get; private set; } = null!;

    public ILookup<string, ReportHistoryItem> History { get; private set; } = null!;

    public IReadOnlyList<StoredProblem> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, string code, CancellationToken cancellationToken)
    {
        if (await PlanAtMonth.LoadAsync(db, id, Month, cancellationToken) is not { } view || view.Id != id) return NotFound();
        if (view.Plan.Projects.FirstOrDefault(p => p.Code == code) is not { } project) return NotFound();
        (View, Project, Summary) = (view, project, view.Summary.Projects.Single(p => p.Code == code));
        var shown = view.Summary.Period?.Month ?? 0;
        Trajectories = project.Indicators.Select(i => IndicatorTrajectory.Of(view.Plan, i, shown)).ToList();
        Charts = ProjectCharts.From(Trajectories, text);

        History = await ReportHistory.LoadAsync(db, id, project.Indicators.Select(i => i.Code).ToList(), User, cancellationToken);
        Problems = await db.Problems.Where(pr => db.Projects.Any(p => p.Id == pr.ProjectId && p.PlanId == id && p.Code == code))
            .OrderBy(pr => pr.Id).ToListAsync(cancellationToken);
        return Page();
    }
}
