using Microsoft.EntityFrameworkCore;
using Minsheng.Data;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;

namespace Minsheng.Plans;

/// <summary>
/// A stored plan and its published figures at a month, as the pages show them: the month chosen, as
/// it stood until the next month was published (later corrections left out), or else the latest
/// published month with every correction. <see cref="StoodUntil"/> is that moment: the next month's
/// publication, or null for now.
/// </summary>
public sealed record PlanAtMonth(
    int Id, Plan Plan, Summary Summary, IReadOnlyList<Period> Months, IReadOnlyList<(int Id, string Title)> Plans, DateTimeOffset? StoodUntil)
{
    private Dictionary<string, Indicator>? _indicators;

    /// <summary>The plan's indicator of a code, whose figures a page writes (its precision, its stages).</summary>
    public Indicator Indicator(string code) => (_indicators ??= Plan.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal))[code];

    public static async Task<PlanAtMonth?> LoadAsync(MinshengDb db, int? planId, string? month, CancellationToken cancellationToken)
    {
        var (chosenPlan, plans) = await PlanChoice.ChooseAsync(db, planId, cancellationToken);
        if (chosenPlan is null) return null;
        var id = chosenPlan.Id;

        var publications = await db.Publications.Where(p => p.PlanId == id)
            .Select(p => new { p.Month, p.PublishedAt }).ToListAsync(cancellationToken);
        var imported = await db.IndicatorReports.Where(r => r.PlanId == id && r.SubmissionId == null)
            .Select(r => (int?)r.Month).MaxAsync(cancellationToken);
        // The months published so far, or the whole year for a plan without figures yet.
        var last = publications.Select(p => (int?)p.Month).Append(imported).Max() ?? 12;
        var months = Enumerable.Range(1, last).Select(m => new Period(chosenPlan.Year, m)).ToList();

        var chosen = Period.TryParse(month, out var parsed) && parsed.Year == chosenPlan.Year ? parsed : (Period?)null;
        var nextPublished = publications.Where(p => chosen is { } c && p.Month > c.Month).Select(p => (DateTimeOffset?)p.PublishedAt).Min();
        var view = nextPublished is { } at ? FigureView.AsPublishedAt(at.AddTicks(-1)) : FigureView.Published;
        var plan = (await PlanLoader.LoadAsync(db, id, view, cancellationToken))!;

        var asOf = chosen is { } c2 ? new DateOnly(c2.Year, c2.Month, DateTime.DaysInMonth(c2.Year, c2.Month)) : AsOfDate.LatestReported(plan);
        return new PlanAtMonth(id, plan, ProgressEngine.Summarize(plan, asOf), months, plans.Select(p => (p.Id, p.Title)).ToList(), nextPublished);
    }

    /// <summary>When a month's figures stopped being the latest: the next month's publication, or null while it is the latest.</summary>
    public static async Task<DateTimeOffset?> StoodUntilAsync(MinshengDb db, int planId, Period month, CancellationToken cancellationToken) =>
        (await db.Publications.Where(p => p.PlanId == planId && (p.Year > month.Year || p.Year == month.Year && p.Month > month.Month))
            .Select(p => p.PublishedAt).ToListAsync(cancellationToken))
        .Select(at => (DateTimeOffset?)at).Min();
}
