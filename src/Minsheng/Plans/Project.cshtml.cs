using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minsheng.Accounts;
using Minsheng.Data;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;
using Minsheng.Problems;

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

    /// <summary>The office raises problems on any project, a unit on those it leads.</summary>
    public bool MayRaise => User.WorksOn(Project.Lead);

    [BindProperty]
    public ProblemForm Raise { get; set; } = new();

    public Dictionary<string, string[]> RaiseErrors { get; private set; } = [];

    public async Task<IActionResult> OnPostRaiseAsync(int id, string code, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        var request = new RaiseProblemRequest(Raise.Type, Raise.Description, Raise.Measures, Raise.Owner, Raise.Deadline);
        var outcome = await RaiseProblem.RaiseAsync(db, id, code, request, User, clock.GetUtcNow(), cancellationToken);
        if (outcome.NotTheirs is not null) return Forbid();
        if (outcome.Stored is not null) return Redirect($"/plans/{id}/projects/{code}#problems");
        RaiseErrors = outcome.Errors ?? [];
        return await OnGetAsync(id, code, cancellationToken);
    }

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

/// <summary>The fields of a new problem as the form posts them.</summary>
public sealed class ProblemForm
{
    public ProblemType? Type { get; set; }
    public string? Description { get; set; }
    public string? Measures { get; set; }
    public string? Owner { get; set; }
    public DateOnly? Deadline { get; set; }
}
