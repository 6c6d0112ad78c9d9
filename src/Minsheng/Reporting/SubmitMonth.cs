using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Minsheng.Accounts;
using Minsheng.Api;
using Minsheng.Data;
using Minsheng.Engine.Documents;
using Minsheng.Engine.Model;

namespace Minsheng.Reporting;

/// <summary>A unit's figures for one month: cumulative actuals of several indicators, and projects' money.</summary>
/// <summary>Reason is required to change a month already published (a new version of it). SubmittedBy is not read: the history shows the signed-in account, whatever a body says.</summary>
public sealed record SubmitMonthRequest(
    string? Period, string? SubmittedBy = null, List<IndicatorFigure>? Indicators = null, List<ProjectFigures>? Projects = null, string? Reason = null);

/// <summary>A cumulative actual: the whole region, or one district when District is set.</summary>
public sealed record IndicatorFigure(string? Code, decimal? Actual, string? District = null, string? Note = null);

/// <summary>
/// A project's month: cumulative investment completed and funds used by source; the note to reviewers, 存在问题 and
/// 下步措施, all internal; and 公开进展, the text proposed for residents, shown once the office approves it.
/// </summary>
public sealed record ProjectFigures(
    string? Code, decimal? Investment = null, FundsFigures? Funds = null, string? Note = null, string? Problems = null, string? NextSteps = null, string? PublicProgress = null);

public sealed record FundsFigures(decimal? City = null, decimal? District = null, decimal? Other = null);

public sealed record SubmitMonthResponse(string Period, int Indicators, int Projects, List<SubmissionRef> Submissions);

/// <summary>A submission the figures went into, and where it stands.</summary>
public sealed record SubmissionRef(long Id, string? Unit, int Version, string State);

/// <summary>What came of a submission: saved, refused with errors by field, not the unit's figures, in review already, or no such plan.</summary>
public sealed record SubmitOutcome(SubmitMonthResponse? Saved = null, Dictionary<string, string[]>? Errors = null, string? NotTheirs = null, string? InReview = null);

/// <summary>
/// Adds the month's rows; earlier rows stay as history and the newest counts. Every figure is
/// checked first and nothing is saved unless all are valid.
/// </summary>
public static class SubmitMonth
{
    public static async Task<Results<Ok<SubmitMonthResponse>, ProblemHttpResult, ValidationProblem>> Handle(
        int id, SubmitMonthRequest request, ClaimsPrincipal user, MinshengDb db, TimeProvider clock, CancellationToken cancellationToken) =>
        await SubmitAsync(id, request, user, db, clock.GetUtcNow(), cancellationToken) switch
        {
            { Saved: { } saved } => TypedResults.Ok(saved),
            { Errors: { } errors } => TypedResults.ValidationProblem(errors, title: ApiText.Get("FiguresNotValid")),
            { NotTheirs: { } message } => TypedResults.Problem(message, statusCode: StatusCodes.Status403Forbidden, title: ApiText.Get("FiguresNotTheirs")),
            { InReview: { } message } => TypedResults.Problem(message, statusCode: StatusCodes.Status409Conflict, title: ApiText.Get("MonthInReview")),
            _ => ApiProblems.NotFound(ApiText.Get("NoPlan", id)),
        };

    /// <summary>Checks every figure and saves them all, or nothing; the API and the reporting form share it.</summary>
    public static async Task<SubmitOutcome> SubmitAsync(
        int id, SubmitMonthRequest request, ClaimsPrincipal user, MinshengDb db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Id, p.Year }).FirstOrDefaultAsync(cancellationToken);
        if (plan is null) return new SubmitOutcome();

        var indicators = await (
            from i in db.Indicators
            join p in db.Projects on i.ProjectId equals p.Id
            where i.PlanId == id
            select new { i.Id, i.Code, i.Kind, i.Target, i.WholeNumbers, i.Unit, Lead = p.LeadUnit == null ? null : p.LeadUnit.Name }).ToDictionaryAsync(i => i.Code, cancellationToken);
        var projects = await db.Projects.AsNoTracking().Where(p => p.PlanId == id)
            .Select(p => new { p.Id, p.Code, Lead = p.LeadUnit == null ? null : p.LeadUnit.Name }).ToDictionaryAsync(p => p.Code, cancellationToken);

        var notTheirs = (request.Indicators ?? []).Where(f => f.Code is not null && indicators.TryGetValue(f.Code.Trim(), out var i) && !user.CanReportFor(i.Lead)).Select(f => f.Code!)
            .Concat((request.Projects ?? []).Where(f => f.Code is not null && projects.TryGetValue(f.Code.Trim(), out var p) && !user.CanReportFor(p.Lead)).Select(f => f.Code!))
            .ToList();
        if (notTheirs.Count > 0)
        {
            return new SubmitOutcome(NotTheirs: ReportErrors.Get("NotTheirs", user.Unit() ?? user.Identity?.Name, string.Join("、", notTheirs)));
        }
        var districts = await db.Districts.AsNoTracking().Where(d => d.PlanId == id).ToDictionaryAsync(d => d.Name, d => d.Id, cancellationToken);

        var errors = new Errors();
        var period = ValidPeriod(request.Period, plan.Year, now, errors);
        var before = period is { } month ? await FigureChecks.FiguresBeforeAsync(db, id, month, cancellationToken) : [];
        // Always the signed-in account: a name in the body is not read, so that nobody reports in another's name.
        var submittedBy = user.Identity?.Name;
        if ((request.Indicators?.Count ?? 0) + (request.Projects?.Count ?? 0) == 0)
        {
            errors.Add("indicators", ReportErrors.Get("NothingGiven"));
        }

        var indicatorRows = new List<(string? Unit, StoredIndicatorReport Row)>();
        var seen = new HashSet<(string, string?)>();
        foreach (var (figure, index) in (request.Indicators ?? []).Select((f, i) => (f, i)))
        {
            var field = $"indicators[{index}]";
            if (string.IsNullOrWhiteSpace(figure.Code))
            {
                errors.Add($"{field}.code", ReportErrors.Get("Missing"));
                continue;
            }
            if (!indicators.TryGetValue(figure.Code.Trim(), out var indicator))
            {
                errors.Add($"{field}.code", ReportErrors.Get("UnknownIndicator", figure.Code));
                continue;
            }
            int? districtId = null;
            if (!string.IsNullOrWhiteSpace(figure.District))
            {
                if (districts.TryGetValue(figure.District.Trim(), out var found)) districtId = found;
                else errors.Add($"{field}.district", ReportErrors.Get("UnknownDistrict", figure.District));
            }
            if (!seen.Add((indicator.Code, figure.District?.Trim())))
            {
                errors.Add($"{field}.code", ReportErrors.Get("Twice", indicator.Code));
            }
            NotTooLong(figure.Note, $"{field}.note", errors);
            if (figure.Actual is not { } actual) errors.Add($"{field}.actual", ReportErrors.Get("Missing"));
            else if (FigureChecks.Problem(new(indicator.Kind, indicator.Target, indicator.WholeNumbers, indicator.Unit), actual, districtId is null && before.TryGetValue(indicator.Id, out var earlier) ? earlier : null, figure.Note) is { } problem)
            {
                errors.Add($"{field}.actual", problem);
            }
            else if (period is { } p)
            {
                indicatorRows.Add((indicator.Lead, new StoredIndicatorReport
                {
                    PlanId = id,
                    IndicatorId = indicator.Id,
                    Year = p.Year,
                    Month = p.Month,
                    DistrictId = districtId,
                    Actual = actual,
                    Note = figure.Note?.Trim(),
                    SubmittedAt = now,
                    SubmittedBy = submittedBy,
                }));
            }
        }

        var projectRows = new List<(string? Unit, StoredProjectReport Row)>();
        foreach (var (figures, index) in (request.Projects ?? []).Select((f, i) => (f, i)))
        {
            var field = $"projects[{index}]";
            if (string.IsNullOrWhiteSpace(figures.Code) || !projects.TryGetValue(figures.Code.Trim(), out var project))
            {
                errors.Add($"{field}.code", string.IsNullOrWhiteSpace(figures.Code) ? ReportErrors.Get("Missing") : ReportErrors.Get("UnknownProject", figures.Code));
                continue;
            }
            NonNegative(figures.Investment, $"{field}.investment", errors);
            NonNegative(figures.Funds?.City, $"{field}.funds.city", errors);
            NonNegative(figures.Funds?.District, $"{field}.funds.district", errors);
            NonNegative(figures.Funds?.Other, $"{field}.funds.other", errors);
            NotTooLong(figures.Note, $"{field}.note", errors);
            NotTooLong(figures.Problems, $"{field}.problems", errors);
            NotTooLong(figures.NextSteps, $"{field}.nextSteps", errors);
            NotTooLong(figures.PublicProgress, $"{field}.publicProgress", errors);
            if (period is { } p)
            {
                projectRows.Add((project.Lead, new StoredProjectReport
                {
                    PlanId = id,
                    ProjectId = project.Id,
                    Year = p.Year,
                    Month = p.Month,
                    Investment = figures.Investment,
                    FundsCity = figures.Funds?.City,
                    FundsDistrict = figures.Funds?.District,
                    FundsOther = figures.Funds?.Other,
                    Note = Text(figures.Note),
                    Problems = Text(figures.Problems),
                    NextSteps = Text(figures.NextSteps),
                    PublicProgress = Text(figures.PublicProgress),
                    SubmittedAt = now,
                    SubmittedBy = submittedBy,
                }));
            }
        }

        if (errors.Any) return new SubmitOutcome(Errors: errors.ToDictionary());

        // Each lead unit's figures go into that unit's submission of the month.
        var submissions = new List<StoredSubmission>();
        foreach (var unit in indicatorRows.Select(r => r.Unit).Concat(projectRows.Select(r => r.Unit)).Distinct())
        {
            var opened = await Chain.OpenAsync(db, id, unit, period!.Value, user.Identity?.Name, request.Reason, now, cancellationToken);
            if (opened.ReasonRefused) return new SubmitOutcome(Errors: new Dictionary<string, string[]> { ["reason"] = [opened.Refused!] });
            if (opened.Refused is { } refused) return new SubmitOutcome(InReview: refused);
            foreach (var (_, row) in indicatorRows.Where(r => r.Unit == unit)) row.Submission = opened.Submission;
            foreach (var (_, row) in projectRows.Where(r => r.Unit == unit)) row.Submission = opened.Submission;
            submissions.Add(opened.Submission!);
        }
        db.IndicatorReports.AddRange(indicatorRows.Select(r => r.Row));
        db.ProjectReports.AddRange(projectRows.Select(r => r.Row));
        // A project's 存在问题 is followed as an open problem, as from the Excel sheet.
        var reported = await ReportedProblems.ForProjectsAsync(db, projectRows.Select(r => r.Row.ProjectId).ToList(), cancellationToken);
        foreach (var (unit, row) in projectRows) reported.Add(row.ProjectId, row.Problems, row.NextSteps, unit, now);
        await db.SaveChangesAsync(cancellationToken);
        return new SubmitOutcome(Saved: new SubmitMonthResponse(
            period!.Value.ToString(), indicatorRows.Count, projectRows.Count,
            submissions.Select(s => new SubmissionRef(s.Id, s.Unit, s.Version, s.State.ToString())).ToList()));
    }

    private static Period? ValidPeriod(string? text, int planYear, DateTimeOffset now, Errors errors)
    {
        if (!Period.TryParse(text?.Trim(), out var period))
        {
            errors.Add("period", text is null ? ReportErrors.Get("Missing") : ReportErrors.Get("NotAMonth", text));
            return null;
        }
        if (period.Year != planYear)
        {
            errors.Add("period", ReportErrors.Get("OutsideYear", period, planYear));
            return null;
        }
        if (period.CompareTo(new Period(now.Year, now.Month)) > 0)
        {
            errors.Add("period", ReportErrors.Get("NotBegun", period));
            return null;
        }
        return period;
    }

    /// <summary>The longest text a unit writes in one field of its month.</summary>
    public const int MaxTextLength = 2000;

    private static void NotTooLong(string? text, string field, Errors errors)
    {
        if (text?.Trim().Length > MaxTextLength) errors.Add(field, ReportErrors.Get("TextTooLong", MaxTextLength));
    }

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void NonNegative(decimal? value, string field, Errors errors)
    {
        if (value < 0) errors.Add(field, ReportErrors.Get("Negative", value));
        else if (value > Numbers.Largest) errors.Add(field, ReportErrors.Get("TooLarge", value, Numbers.Largest.ToString("0")));
    }
}
