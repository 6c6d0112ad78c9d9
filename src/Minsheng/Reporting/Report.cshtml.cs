using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Minsheng.Accounts;
using Minsheng.Data;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;
using Minsheng.Plans;
using Minsheng.Spreadsheets;
using Minsheng.Uploads;

namespace Minsheng.Reporting;

/// <summary>
/// A unit fills in its month on one form: every indicator of the projects it leads, with the node
/// due and last month's figure beside the box, and where the month stands in the chain. The office
/// may fill in for any unit. A published month is changed only with a reason.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
[HeavyUpload]
public sealed class ReportModel(MinshengDb db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Plan { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty]
    public List<FigureInput> Figures { get; set; } = [];

    [BindProperty]
    public List<ProjectInput> ProjectInputs { get; set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    public int PlanId { get; private set; }

    public Plan? Loaded { get; private set; }

    public Period Period { get; private set; }

    public IReadOnlyList<string> Units { get; private set; } = [];

    public IReadOnlyList<FormLine> Lines { get; private set; } = [];

    /// <summary>The projects the unit leads: money, problems, next steps and the public text of the month.</summary>
    public IReadOnlyList<FormProject> ProjectLines { get; private set; } = [];

    public PeopleNames People { get; private set; } = new(new Dictionary<string, string>());

    /// <summary>The unit's latest submission of the month, if any.</summary>
    public StoredSubmission? Submission { get; private set; }

    /// <summary>The form takes figures unless the month is with the lead unit or the office.</summary>
    public bool Open => Submission?.State is null or SubmissionState.Submitted or SubmissionState.Returned or SubmissionState.Published;

    public bool IsCorrection => Submission?.State == SubmissionState.Published;

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>Every bad cell of an uploaded sheet, with its address.</summary>
    public IReadOnlyList<string> SheetErrors { get; private set; } = [];

    [TempData]
    public string? Saved { get; set; }

    [TempData]
    public string? Imported { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return Forbid();
        if (Loaded is null) return Page();
        var filled = Figures.Where(f => !string.IsNullOrWhiteSpace(f.Actual)).ToList();
        var figures = new List<IndicatorFigure>();
        foreach (var input in filled)
        {
            if (decimal.TryParse(input.Actual!.Replace(",", "").Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var actual))
            {
                figures.Add(new IndicatorFigure(input.Code, actual, Note: input.Note));
            }
            else Errors[input.Code] = ReportErrors.Get("NotANumber", input.Actual);
        }
        var projects = new List<ProjectFigures>();
        foreach (var input in ProjectInputs.Where(p => p.HasAny))
        {
            var money = new Dictionary<string, decimal?>();
            foreach (var (field, text) in input.Money())
            {
                if (string.IsNullOrWhiteSpace(text)) money[field] = null;
                else if (decimal.TryParse(text.Replace(",", "").Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)) money[field] = amount;
                else Errors[ProjectKey(input.Code, field)] = ReportErrors.Get("NotANumber", text);
            }
            projects.Add(new ProjectFigures(
                input.Code, money.GetValueOrDefault("investment"),
                money.GetValueOrDefault("city") is null && money.GetValueOrDefault("district") is null && money.GetValueOrDefault("other") is null
                    ? null : new FundsFigures(money.GetValueOrDefault("city"), money.GetValueOrDefault("district"), money.GetValueOrDefault("other")),
                Problems: input.Problems, NextSteps: input.NextSteps, PublicProgress: input.PublicProgress));
        }
        if (Errors.Count > 0) return Page();

        var request = new SubmitMonthRequest(Period.ToString(), Indicators: figures, Projects: projects, Reason: Reason);
        var outcome = await SubmitMonth.SubmitAsync(PlanId, request, User, db, clock.GetUtcNow(), cancellationToken);
        if (outcome.Saved is { } saved)
        {
            Saved = saved.Indicators.ToString(CultureInfo.InvariantCulture);
            return RedirectToPage(new { plan = PlanId, month = Period.ToString(), unit = Unit });
        }
        foreach (var (field, messages) in outcome.Errors ?? [])
        {
            Errors[FormKey(field, figures, projects)] = string.Join("；", messages);
        }
        if ((outcome.NotTheirs ?? outcome.InReview) is { } refused) Errors[""] = refused;
        return Page();
    }

    /// <summary>The unit's report sheet for the month, with last month's figures, to fill in Excel.</summary>
    public async Task<IActionResult> OnGetTemplateAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return Forbid();
        if (Loaded is null || Unit is null) return NotFound();
        return File(ReportSheetWriter.Write(Loaded, Unit, Period), Xlsx.ContentType, $"{Unit}-{Period}.xlsx");
    }

    /// <summary>A filled sheet back in one step: all its figures into the unit's month, or refused whole with every bad cell.</summary>
    public async Task<IActionResult> OnPostUploadAsync(IFormFile? sheet, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return Forbid();
        if (sheet is null || sheet.Length == 0)
        {
            SheetErrors = [ReportErrors.Get("NoSheet")];
            return Page();
        }
        if (sheet.Length > MaxSheetBytes)
        {
            SheetErrors = [ReportErrors.Get("SheetTooLarge", sheet.FileName, MaxSheetBytes / 1024 / 1024)];
            return Page();
        }
        using var buffer = new MemoryStream();
        await sheet.CopyToAsync(buffer, cancellationToken);
        try
        {
            var figures = ReportSheetReader.Read(sheet.FileName, buffer.ToArray());
            if (!User.CanReportFor(figures.Unit))
            {
                SheetErrors = [ReportErrors.Get("NotTheirs", User.Unit() ?? User.Identity?.Name, figures.Unit)];
                return Page();
            }
            var result = await SheetImport.ImportAsync(db, figures, User.Identity?.Name ?? figures.Unit, clock.GetUtcNow(), cancellationToken);
            Imported = ReportErrors.Get("SheetImported", sheet.FileName, result.IndicatorRows, result.ProjectRows, result.Unchanged);
            return RedirectToPage(new { plan = result.PlanId, month = result.Period.ToString(), unit = figures.Unit });
        }
        catch (ReportSheetException e)
        {
            // The archive guard's messages name the file already.
            SheetErrors = e.Errors.Select(error => error.StartsWith(sheet.FileName, StringComparison.Ordinal) ? error : $"{sheet.FileName}: {error}").ToList();
            return Page();
        }
    }

    private const long MaxSheetBytes = 16 * 1024 * 1024;

    // Room above the sheet's own limit, so that a sheet well over it hears why on the page.
    private const long MaxRequestBytes = MaxSheetBytes * 4;

    /// <summary>Where on the form a field the API named is: an indicator's line (its code), a project's box (code.field), or the top.</summary>
    private static string FormKey(string field, List<IndicatorFigure> figures, List<ProjectFigures> projects)
    {
        if (field.StartsWith("indicators[", StringComparison.Ordinal))
        {
            return figures[int.Parse(field[11..field.IndexOf(']')], CultureInfo.InvariantCulture)].Code!;
        }
        if (field.StartsWith("projects[", StringComparison.Ordinal))
        {
            var index = int.Parse(field[9..field.IndexOf(']')], CultureInfo.InvariantCulture);
            var name = field[(field.IndexOf(']') + 2)..];
            return ProjectKey(projects[index].Code!, name.StartsWith("funds.", StringComparison.Ordinal) ? name[6..] : name);
        }
        return "";
    }

    public static string ProjectKey(string code, string field) => $"{code}.{field}";

    /// <summary>The plan, month and unit of the form; false when the account may not report for that unit.</summary>
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if ((await PlanChoice.ChooseAsync(db, Plan, cancellationToken)).Chosen is not { } chosenPlan) return true;
        PlanId = chosenPlan.Id;
        // The unit works on its own latest figures, published or on their way.
        var plan = Loaded = (await PlanLoader.LoadAsync(db, PlanId, FigureView.Working, cancellationToken))!;
        Units = plan.Projects.Select(p => p.Lead).OfType<string>().Distinct().ToList();
        Unit = User.IsOffice() ? (Unit is not null && Units.Contains(Unit) ? Unit : Units.FirstOrDefault()) : User.Unit();
        if (!User.CanReportFor(Unit)) return false;

        Period = Period.TryParse(Month, out var chosen) && chosen.Year == plan.Year ? chosen : await MonthDue.NextAsync(db, PlanId, plan.Year, cancellationToken);
        Submission = await db.Submissions.AsNoTracking().Include(s => s.Events)
            .Where(s => s.PlanId == PlanId && s.Unit == Unit && s.Year == Period.Year && s.Month == Period.Month)
            .OrderByDescending(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        People = await PeopleNames.LoadAsync(db, Submission?.Events.Select(e => e.By) ?? [], cancellationToken);

        var lastMonth = ProgressEngine.Summarize(plan, Period.Month == 1 ? new DateOnly(plan.Year, 1, 1) : new DateOnly(plan.Year, Period.Month - 1, DateTime.DaysInMonth(plan.Year, Period.Month - 1)));
        var before = lastMonth.Projects.SelectMany(p => p.AllIndicators).ToDictionary(i => i.Code, i => i.Actual);
        var thisMonth = plan.IndicatorReports.Where(r => r.Period == Period && r.District is null).GroupBy(r => r.Indicator).ToDictionary(g => g.Key, g => g.Last());
        var summary = lastMonth.Projects.ToDictionary(p => p.Code);
        var own = plan.Projects.Where(p => p.Lead == Unit).ToList();
        var projectIds = await db.Projects.Where(p => p.PlanId == PlanId).ToDictionaryAsync(p => p.Code, p => p.Id, cancellationToken);
        var ownIds = own.Select(p => projectIds[p.Code]).ToList();
        var rows = (await db.ProjectReports.AsNoTracking()
            .Where(r => r.PlanId == PlanId && r.Year == Period.Year && r.Month == Period.Month && ownIds.Contains(r.ProjectId))
            .OrderBy(r => r.Id).ToListAsync(cancellationToken))
            .GroupBy(r => r.ProjectId).ToDictionary(g => g.Key, g => g.Last());
        ProjectLines = own.Select(p => new FormProject(p, summary[p.Code].Investment.Completed, summary[p.Code].Funds, rows.GetValueOrDefault(projectIds[p.Code]))).ToList();
        Lines = plan.Projects.Where(p => p.Lead == Unit)
            .SelectMany(p => p.Indicators.Select(i => new FormLine(
                p, i, NodeCurve.At(i, plan.Settings.Curve, Period.Month), before.GetValueOrDefault(i.Code), thisMonth.GetValueOrDefault(i.Code))))
            .ToList();
        return true;
    }
}

public sealed class FigureInput
{
    public string Code { get; set; } = "";
    public string? Actual { get; set; }
    public string? Note { get; set; }
}

/// <summary>A project's box of the form as posted: money as typed (元), and the month's texts.</summary>
public sealed class ProjectInput
{
    public string Code { get; set; } = "";
    public string? Investment { get; set; }
    public string? City { get; set; }
    public string? District { get; set; }
    public string? Other { get; set; }
    public string? Problems { get; set; }
    public string? NextSteps { get; set; }
    public string? PublicProgress { get; set; }

    public bool HasAny => new[] { Investment, City, District, Other, Problems, NextSteps, PublicProgress }.Any(v => !string.IsNullOrWhiteSpace(v));

    public IEnumerable<(string Field, string? Text)> Money() => [("investment", Investment), ("city", City), ("district", District), ("other", Other)];
}

/// <summary>A project's box of the form: last month's money, and what this month already has.</summary>
public sealed record FormProject(Project Project, decimal InvestmentBefore, FundsSummary FundsBefore, StoredProjectReport? ThisMonth);

/// <summary>A line of the form: the indicator, what is due, last month's figure and what this month already has.</summary>
public sealed record FormLine(Project Project, Indicator Indicator, decimal? Node, decimal LastMonth, IndicatorReport? ThisMonth);
