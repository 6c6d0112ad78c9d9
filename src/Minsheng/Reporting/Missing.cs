using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Minsheng.Api;
using Minsheng.Data;
using Minsheng.Engine.Model;
using Minsheng.Shared;

namespace Minsheng.Reporting;

/// <summary>A lead unit's month: not reported, reported in time, or reported after the deadline.</summary>
public sealed record UnitMonth(string Unit, int Indicators, DateTimeOffset? FirstSubmittedAt, bool Late, string? State, string? StateName);

public sealed record MissingResponse(string Period, DateOnly Deadline, bool Due, List<UnitMonth> NotReported, List<UnitMonth> Late, List<UnitMonth> Reported);

/// <summary>Who has not reported a month by the 5th of the next month (China Standard Time).</summary>
public static class Missing
{
    public const int DeadlineDay = 5;

    public static DateOnly Deadline(Period period) =>
        period.Month == 12 ? new DateOnly(period.Year + 1, 1, DeadlineDay) : new DateOnly(period.Year, period.Month + 1, DeadlineDay);

    /// <summary>Whether a moment falls after the deadline day ends in China.</summary>
    public static bool After(DateOnly deadline, DateTimeOffset moment) => ChinaTime.DateOf(moment) > deadline;

    public static async Task<Results<Ok<MissingResponse>, ProblemHttpResult, ValidationProblem>> Handle(
        int id, string? period, MinshengDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == id, cancellationToken)) return ApiProblems.NotFound(ApiText.Get("NoPlan", id));
        if (!Period.TryParse(period?.Trim(), out var month)) return ChainApi.NotAMonth(period);
        return TypedResults.Ok(await OfMonthAsync(db, id, month, clock.GetUtcNow(), cancellationToken));
    }

    /// <summary>The units that report a month: the lead units of projects with indicators, and how many indicators each reports.</summary>
    public static async Task<List<(string Unit, int Indicators)>> LeadUnitsAsync(MinshengDb db, int planId, CancellationToken cancellationToken) =>
        (await (
            from i in db.Indicators
            join p in db.Projects on i.ProjectId equals p.Id
            where i.PlanId == planId && p.LeadUnit != null
            group i by p.LeadUnit!.Name into g
            select new { Unit = g.Key, Indicators = g.Count() }).ToListAsync(cancellationToken))
        .Select(u => (u.Unit, u.Indicators)).OrderBy(u => u.Unit, StringComparer.Ordinal).ToList();

    public static async Task<MissingResponse> OfMonthAsync(MinshengDb db, int planId, Period period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var units = await LeadUnitsAsync(db, planId, cancellationToken);
        var submissions = await db.Submissions.AsNoTracking().Where(s => s.PlanId == planId && s.Year == period.Year && s.Month == period.Month && s.Unit != null)
            .OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var deadline = Deadline(period);
        var months = units.Select(u =>
        {
            var first = submissions.FirstOrDefault(s => s.Unit == u.Unit);
            var latest = submissions.LastOrDefault(s => s.Unit == u.Unit);
            return new UnitMonth(u.Unit, u.Indicators, first?.SubmittedAt, first is not null && After(deadline, first.SubmittedAt),
                latest?.State.ToString(), latest is null ? null : StateNames.Of(latest.State));
        }).ToList();
        return new MissingResponse(
            period.ToString(), deadline, After(deadline, now),
            months.Where(m => m.FirstSubmittedAt is null).ToList(),
            months.Where(m => m.Late).ToList(),
            months.Where(m => m.FirstSubmittedAt is not null && !m.Late).ToList());
    }
}
