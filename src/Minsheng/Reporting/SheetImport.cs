using Microsoft.EntityFrameworkCore;
using Minsheng.Data;
using Minsheng.Engine.Model;
using Minsheng.Spreadsheets;

namespace Minsheng.Reporting;

public sealed record SheetImportResult(int PlanId, Period Period, int IndicatorRows, int ProjectRows, int Unchanged, int Problems);

/// <summary>
/// A unit's filled report workbook into the database in one step, or refused whole with every bad
/// cell. A figure equal to the one already standing adds no row, so the same sheet imported twice
/// changes nothing the second time. The figures go into the unit's submission of the month, as a
/// form would; a month in review or published is refused (a published one is corrected with a reason on the form).
/// </summary>
public static class SheetImport
{
    public static async Task<SheetImportResult> ImportAsync(MinshengDb db, SheetFigures sheet, string submittedBy, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var planId = await db.Plans.Where(p => p.Region == sheet.Region && p.Year == sheet.Year).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new ReportSheetException([ReportErrors.Get("SheetNoPlan", sheet.Region, sheet.Year)]);
        if (sheet.Period.Year != sheet.Year) throw new ReportSheetException([ReportErrors.Get("SheetMonthOutsideYear", sheet.Period, sheet.Year)]);

        var projects = await db.Projects.Where(p => p.PlanId == planId && p.LeadUnit != null && p.LeadUnit.Name == sheet.Unit)
            .Select(p => new { p.Id, p.Code }).ToDictionaryAsync(p => p.Code, p => p.Id, cancellationToken);
        var projectIds = projects.Values.ToList();
        var indicators = await db.Indicators.Where(i => projectIds.Contains(i.ProjectId))
            .Select(i => new { i.Id, i.Code, i.Kind, i.Target, i.WholeNumbers, i.Unit, i.ProjectId }).ToDictionaryAsync(i => i.Code, cancellationToken);

        var errors = new List<string>();
        var before = await FigureChecks.FiguresBeforeAsync(db, planId, sheet.Period, cancellationToken);
        foreach (var figure in sheet.Indicators)
        {
            if (!indicators.TryGetValue(figure.Code, out var indicator)) errors.Add($"{figure.Cell}: indicator {figure.Code} is not one that {sheet.Unit} reports");
            else if (FigureChecks.Problem(new(indicator.Kind, indicator.Target, indicator.WholeNumbers, indicator.Unit), figure.Actual, before.TryGetValue(indicator.Id, out var earlier) ? earlier : null, figure.Progress) is { } problem)
            {
                errors.Add($"{figure.Cell}: {problem}");
            }
        }
        foreach (var money in sheet.Projects.Where(m => !projects.ContainsKey(m.Code)))
        {
            errors.Add($"{money.Row}: project {money.Code} is not one that {sheet.Unit} leads");
        }
        if (errors.Count > 0) throw new ReportSheetException(errors);

        var (year, month) = (sheet.Period.Year, sheet.Period.Month);
        var indicatorIds = indicators.Values.Select(i => i.Id).ToList();
        var standing = (await db.IndicatorReports.Where(r => indicatorIds.Contains(r.IndicatorId) && r.Year == year && r.Month == month && r.DistrictId == null)
                .OrderBy(r => r.Id).ToListAsync(cancellationToken))
            .GroupBy(r => r.IndicatorId).ToDictionary(g => g.Key, g => g.Last());
        var standingMoney = (await db.ProjectReports.Where(r => projectIds.Contains(r.ProjectId) && r.Year == year && r.Month == month)
                .OrderBy(r => r.Id).ToListAsync(cancellationToken))
            .GroupBy(r => r.ProjectId).ToDictionary(g => g.Key, g => g.Last());
        var reportedProblems = await ReportedProblems.ForProjectsAsync(db, projectIds, cancellationToken);

        // The unit's submission of the month, opened only when the sheet changes a figure.
        StoredSubmission? submission = null;
        async Task<StoredSubmission> Submission()
        {
            if (submission is not null) return submission;
            var opened = await Chain.OpenAsync(db, planId, sheet.Unit, sheet.Period, submittedBy, null, now, cancellationToken);
            return submission = opened.Submission ?? throw new ReportSheetException([opened.Refused!]);
        }

        int indicatorRows = 0, projectRows = 0, unchanged = 0, problems = 0;
        foreach (var figure in sheet.Indicators)
        {
            var indicator = indicators[figure.Code];
            if (standing.TryGetValue(indicator.Id, out var current) && current.Actual == figure.Actual && current.Note == figure.Progress) unchanged++;
            else
            {
                db.IndicatorReports.Add(new StoredIndicatorReport
                {
                    PlanId = planId, IndicatorId = indicator.Id, Year = year, Month = month, Actual = figure.Actual,
                    Note = figure.Progress, SubmittedAt = now, SubmittedBy = submittedBy, Submission = await Submission(),
                });
                indicatorRows++;
            }
            if (reportedProblems.Add(indicator.ProjectId, figure.Problem, figure.Measures, sheet.Unit, now)) problems++;
        }
        foreach (var money in sheet.Projects)
        {
            var projectId = projects[money.Code];
            if (standingMoney.TryGetValue(projectId, out var current) && current.Investment == money.Investment
                && current.FundsCity == money.City && current.FundsDistrict == money.District && current.FundsOther == money.Other)
            {
                unchanged++;
                continue;
            }
            db.ProjectReports.Add(new StoredProjectReport
            {
                PlanId = planId, ProjectId = projectId, Year = year, Month = month, Investment = money.Investment,
                FundsCity = money.City, FundsDistrict = money.District, FundsOther = money.Other, SubmittedAt = now, SubmittedBy = submittedBy,
                Submission = await Submission(),
            });
            projectRows++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return new SheetImportResult(planId, sheet.Period, indicatorRows, projectRows, unchanged, problems);
    }
}
