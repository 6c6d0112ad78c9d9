using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Minsheng.Accounts;
using Minsheng.Api;
using Minsheng.Data;
using Minsheng.Engine.Model;

namespace Minsheng.Reporting;

/// <summary>A stored figure: Submission is null and State Published for figures imported with a plan document.</summary>
public sealed record ReportRow(
    long Id, string Period, string Indicator, string? District, decimal Actual, string? Note, DateTimeOffset SubmittedAt, string? SubmittedBy,
    long? Submission, string State);

public static class ReportsApi
{
    public static RouteGroupBuilder MapReportsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/plans/{id:int}/reports").WithTags("Reporting").RequireAuthorization(Policies.Read).WithBodyChecks();

        group.MapPost("/", SubmitMonth.Handle).RequireAuthorization(Policies.Report).WithSummary("Submit a month's cumulative figures for several indicators, and projects' money, in one request.");
        group.MapGet("/", ListReports).WithSummary("Every stored report row of a plan, history included, optionally of one month or indicator; units see their own unpublished rows only.");

        return group;
    }

    private static async Task<Results<Ok<List<ReportRow>>, ProblemHttpResult, ValidationProblem>> ListReports(
        int id, string? period, string? indicator, ClaimsPrincipal user, MinshengDb db, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == id, cancellationToken)) return ApiProblems.NotFound(ApiText.Get("NoPlan", id));
        Period? month = null;
        if (period is not null)
        {
            if (!Period.TryParse(period, out var parsed))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["period"] = [ApiText.Get("NotAMonth", period)] });
            }
            month = parsed;
        }

        var query =
            from r in db.IndicatorReports
            join i in db.Indicators on r.IndicatorId equals i.Id
            join d in db.Districts on r.DistrictId equals d.Id into districts
            from d in districts.DefaultIfEmpty()
            join s in db.Submissions on r.SubmissionId equals s.Id into submissions
            from s in submissions.DefaultIfEmpty()
            where i.PlanId == id
            select new { Row = r, i.Code, District = d == null ? null : d.Name, State = s == null ? SubmissionState.Published : s.State, Unit = s == null ? null : s.Unit };
        if (month is { } m) query = query.Where(x => x.Row.Year == m.Year && x.Row.Month == m.Month);
        if (indicator is not null) query = query.Where(x => x.Code == indicator);

        var rows = await query.OrderBy(x => x.Row.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Where(x => x.State == SubmissionState.Published || user.SeesUnpublishedOf(x.Unit)).Select(x => new ReportRow(
            x.Row.Id, new Period(x.Row.Year, x.Row.Month).ToString(), x.Code, x.District, x.Row.Actual, x.Row.Note, x.Row.SubmittedAt, x.Row.SubmittedBy,
            x.Row.SubmissionId, x.State.ToString())).ToList());
    }
}
