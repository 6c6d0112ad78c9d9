using Microsoft.EntityFrameworkCore;
using Minsheng.Data;
using Minsheng.Engine.Model;

namespace Minsheng.Demo;

/// <summary>A unit's figures of a month: its indicators' rows (districts too) and its projects' money.</summary>
public sealed record MonthFigures(IReadOnlyList<IndicatorReport> Indicators, IReadOnlyList<ProjectReport> Projects)
{
    public bool IsEmpty => Indicators.Count == 0 && Projects.Count == 0;

    /// <summary>A figure given twice for the month: the first went out with the month, the second corrects it.</summary>
    public (MonthFigures First, MonthFigures Again) SplitCorrections()
    {
        var seen = new HashSet<(string, string?)>();
        var first = Indicators.Select(r => (Row: r, First: seen.Add((r.Indicator, r.District)))).ToList();
        return (this with { Indicators = first.Where(r => r.First).Select(r => r.Row).ToList() },
            new MonthFigures(first.Where(r => !r.First).Select(r => r.Row).ToList(), []));
    }
}

/// <summary>Stores the demo's figures as units' submissions: which unit leads what, and the stored ids of a plan.</summary>
public sealed class DemoSubmissions
{
    private readonly MinshengDb _db;
    private readonly int _planId;
    private readonly Dictionary<string, int> _indicators;
    private readonly Dictionary<string, int> _projects;
    private readonly Dictionary<string, int> _districts;
    private readonly Dictionary<string, string?> _indicatorLeads;
    private readonly Dictionary<string, string?> _projectLeads;

    private DemoSubmissions(MinshengDb db, int planId, Plan plan, Dictionary<string, int> indicators, Dictionary<string, int> projects, Dictionary<string, int> districts)
    {
        (_db, _planId, _indicators, _projects, _districts) = (db, planId, indicators, projects, districts);
        _indicatorLeads = plan.Projects.SelectMany(p => p.Indicators.Select(i => (i.Code, p.Lead))).ToDictionary(x => x.Code, x => x.Lead);
        _projectLeads = plan.Projects.ToDictionary(p => p.Code, p => p.Lead);
    }

    public static async Task<DemoSubmissions> ForPlanAsync(MinshengDb db, int planId, Plan plan, CancellationToken cancellationToken) => new(
        db, planId, plan,
        await db.Indicators.Where(i => i.PlanId == planId).ToDictionaryAsync(i => i.Code, i => i.Id, cancellationToken),
        await db.Projects.Where(p => p.PlanId == planId).ToDictionaryAsync(p => p.Code, p => p.Id, cancellationToken),
        await db.Districts.Where(d => d.PlanId == planId).ToDictionaryAsync(d => d.Name, d => d.Id, cancellationToken));

    public static string Reporter(string unit) => $"{unit} 填报员";

    /// <summary>The rows a plan holds for a unit's month, in their order.</summary>
    public MonthFigures Of(Plan plan, string unit, Period period) => new(
        plan.IndicatorReports.Where(r => r.Period == period && _indicatorLeads[r.Indicator] == unit).ToList(),
        plan.ProjectReports.Where(r => r.Period == period && _projectLeads[r.Project] == unit).ToList());

    /// <summary>Every indicator of a unit at its standing figure: the latest up to the month, as a row of the month.</summary>
    public MonthFigures Standing(Plan plan, string unit, Period period) => new(
        plan.IndicatorReports.Where(r => r.District is null && r.Period.CompareTo(period) <= 0 && _indicatorLeads[r.Indicator] == unit)
            .GroupBy(r => r.Indicator).Select(g => g.Last()).Select(r => r with { Period = period, Note = r.Period == period ? r.Note : null }).ToList(),
        []);

    /// <summary>The submission with its rows, each submitted when and by whom the submission was.</summary>
    public void Add(StoredSubmission submission, MonthFigures figures)
    {
        _db.Submissions.Add(submission);
        var by = Reporter(submission.Unit!);
        _db.IndicatorReports.AddRange(figures.Indicators.Select(r => new StoredIndicatorReport
        {
            PlanId = _planId, IndicatorId = _indicators[r.Indicator], Year = r.Period.Year, Month = r.Period.Month,
            DistrictId = r.District is null ? null : _districts[r.District], Actual = r.Actual, Note = r.Note,
            SubmittedAt = submission.SubmittedAt, SubmittedBy = by, Submission = submission,
        }));
        _db.ProjectReports.AddRange(figures.Projects.Select(r => new StoredProjectReport
        {
            PlanId = _planId, ProjectId = _projects[r.Project], Year = r.Period.Year, Month = r.Period.Month, Investment = r.Investment,
            FundsCity = r.Funds?.City, FundsDistrict = r.Funds?.District, FundsOther = r.Funds?.Other, Note = r.Note,
            PublicProgress = PublicText(r), ApprovedPublicProgress = submission.State >= SubmissionState.Verified ? PublicText(r) : null,
            SubmittedAt = submission.SubmittedAt, SubmittedBy = by, Submission = submission,
        }));
    }

    /// <summary>The public text a unit proposes with its month's money, as offices word it.</summary>
    private static string? PublicText(ProjectReport report) =>
        report.Investment is { } investment ? $"截至{report.Period.Month}月底，项目累计完成投资{Engine.Bulletins.ChineseFigures.Money(investment)}，工程有序推进。" : null;
}
