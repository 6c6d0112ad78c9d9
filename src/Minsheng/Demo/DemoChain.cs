using Microsoft.EntityFrameworkCore;
using Minsheng.Data;
using Minsheng.Engine.Model;
using Minsheng.Problems;
using Minsheng.Shared;

namespace Minsheng.Demo;

/// <summary>
/// The demo's reporting chain: January to the last reported month published early in the next
/// month (each publication raising the escalations its figures call for), and the month after that under way, with some units' months submitted, accepted and
/// verified. The demo reporter's unit has not reported yet, so a newcomer can walk its month.
/// </summary>
public static class DemoChain
{
    public const string WalkingUnit = "市住房城乡建设局";

    private static readonly SubmissionState[] UnderWay = [SubmissionState.Submitted, SubmissionState.Accepted, SubmissionState.Verified, SubmissionState.Submitted];

    public static async Task SeedAsync(MinshengDb db, int planId, Plan plan, Plan nextMonth, int lastMonth, CancellationToken cancellationToken)
    {
        for (var month = 1; month <= lastMonth; month++)
        {
            var at = new DateTimeOffset(plan.Year, month + 1, 8, 9, 30, 0, ChinaTime.Offset);
            db.Publications.Add(new StoredPublication { PlanId = planId, Year = plan.Year, Month = month, PublishedAt = at.ToUniversalTime(), PublishedBy = "督查室", Submissions = 0 });
            var endOfMonth = new DateOnly(plan.Year, month, DateTime.DaysInMonth(plan.Year, month));
            await Supervision.RaiseAsync(db, planId, plan, endOfMonth, at.ToUniversalTime(), cancellationToken);
        }

        var period = new Period(plan.Year, lastMonth + 1);
        var indicatorIds = await db.Indicators.Where(i => i.PlanId == planId).ToDictionaryAsync(i => i.Code, i => i.Id, cancellationToken);
        var units = plan.Projects.Select(p => p.Lead).OfType<string>().Distinct().Where(u => u != WalkingUnit).Take(UnderWay.Length).ToList();
        var submittedAt = new DateTimeOffset(plan.Year, period.Month + 1, 3, 10, 0, 0, ChinaTime.Offset).ToUniversalTime();
        foreach (var (unit, state) in units.Zip(UnderWay))
        {
            var submission = new StoredSubmission
            {
                PlanId = planId, Unit = unit, Year = period.Year, Month = period.Month, Version = 1, State = state, SubmittedAt = submittedAt,
                Events = Steps(state, unit, submittedAt),
            };
            var codes = plan.Projects.Where(p => p.Lead == unit).SelectMany(p => p.Indicators).Select(i => i.Code).ToHashSet();
            // Each indicator's standing figure at the month: a unit reports every line, changed or not.
            var standing = nextMonth.IndicatorReports.Where(r => r.Period.CompareTo(period) <= 0 && r.District is null && codes.Contains(r.Indicator))
                .GroupBy(r => r.Indicator).Select(g => g.Last());
            foreach (var report in standing)
            {
                db.IndicatorReports.Add(new StoredIndicatorReport
                {
                    PlanId = planId, IndicatorId = indicatorIds[report.Indicator], Year = period.Year, Month = period.Month, Actual = report.Actual,
                    Note = report.Note, SubmittedAt = submittedAt, SubmittedBy = $"{unit} 填报员", Submission = submission,
                });
            }
            db.Submissions.Add(submission);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static List<StoredSubmissionEvent> Steps(SubmissionState state, string unit, DateTimeOffset at)
    {
        var steps = new List<StoredSubmissionEvent> { new() { Action = SubmissionAction.Submitted, By = $"{unit} 填报员", At = at } };
        if (state >= SubmissionState.Accepted) steps.Add(new() { Action = SubmissionAction.Accepted, By = $"{unit} 审核员", At = at.AddHours(3) });
        if (state >= SubmissionState.Verified) steps.Add(new() { Action = SubmissionAction.Verified, By = "督查室", At = at.AddDays(1) });
        return steps;
    }
}
