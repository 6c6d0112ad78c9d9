using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Minsheng.Data;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;

namespace Minsheng.Plans;

/// <summary>A project: its content and units, each indicator's curve against its monthly actuals, districts, report history and problems.</summary>
public sealed class ProjectModel(MinshengDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public PlanAtMonth View { get; private set; } = null!;

    public Project Project { get; private set; } = null!;

    public ProjectSummary Summary { get; private set; } = null!;

    public ILookup<string, ReportHistoryItem> History { get; private set; } = null!;

    public IReadOnlyList<StoredProblem> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, string code, CancellationToken cancellationToken)
    {
        if (await PlanAtMonth.LoadAsync(db, id, Month, cancellationToken) is not { } view || view.Id != id) return NotFound();
        if (view.Plan.Projects.FirstOrDefault(p => p.Code == code) is not { } project) return NotFound();
        (View, Project, Summary) = (view, project, view.Summary.Projects.Single(p => p.Code == code));

        History = await ReportHistory.LoadAsync(db, id, project.Indicators.Select(i => i.Code).ToList(), User, cancellationToken);
        Problems = await db.Problems.Where(pr => db.Projects.Any(p => p.Id == pr.ProjectId && p.PlanId == id && p.Code == code))
            .OrderBy(pr => pr.Id).ToListAsync(cancellationToken);
        return Page();
    }

    /// <summary>The node due and the figure standing at the end of each month of the year, up to the month shown.</summary>
    public IReadOnlyList<(int Month, decimal? Node, decimal? Actual)> Curve(Indicator indicator)
    {
        var shown = View.Summary.Period?.Month ?? 0;
        decimal? actual = null;
        var curve = new List<(int, decimal?, decimal?)>(12);
        var byMonth = View.Plan.IndicatorReports.Where(r => r.Indicator == indicator.Code && r.District is null)
            .GroupBy(r => r.Period.Month).ToDictionary(g => g.Key, g => g.Last().Actual);
        for (var month = 1; month <= 12; month++)
        {
            if (byMonth.TryGetValue(month, out var reported)) actual = reported;
            curve.Add((month, NodeCurve.At(indicator, View.Plan.Settings.Curve, month), month <= shown ? actual : null));
        }
        return curve;
    }
}
