using Minsheng.Data;
using Minsheng.Engine.Model;
using Minsheng.Problems;

namespace Minsheng.Demo;

/// <summary>
/// The demo's reporting chain as a real 2024 left it. January to the last reported month: each lead unit
/// submitted its month's figures, its lead unit accepted them, the office verified them and published the
/// month (see <see cref="DemoCalendar"/>), each publication raising the escalations its figures call for; a
/// published month corrected afterwards is a second version with its reason. The month after is under way:
/// some units' months submitted, accepted and verified; the demo reporter's unit has not reported yet, so a
/// newcomer can walk its month.
/// </summary>
public static class DemoChain
{
    public const string WalkingUnit = "市住房城乡建设局";

    /// <summary>Who verifies and publishes.</summary>
    public const string Office = "督查室";

    public const string CorrectionReason = "累计完成数误多录一位，予以更正";

    // A unit with nothing new now and then left its month unreported: its figures stand as they were.
    private static readonly (int Month, string Unit)[] NotReported = [(5, "市医疗保障局"), (8, "市体育局"), (9, "市生态环境局")];

    // A few reported after the deadline, the 5th.
    private static readonly (int Month, string Unit)[] Late = [(2, "市教育局"), (4, "市水务局"), (6, "市民政局"), (9, "市交通运输局")];

    private static readonly SubmissionState[] UnderWay = [SubmissionState.Submitted, SubmissionState.Accepted, SubmissionState.Verified, SubmissionState.Submitted];

    public static async Task SeedAsync(MinshengDb db, int planId, Plan plan, Plan nextMonth, int lastMonth, CancellationToken cancellationToken)
    {
        var rows = await DemoSubmissions.ForPlanAsync(db, planId, plan, cancellationToken);
        var units = plan.Projects.Select(p => p.Lead).OfType<string>().Distinct().ToList();
        for (var month = 1; month <= lastMonth; month++)
        {
            var period = new Period(plan.Year, month);
            var publishedAt = DemoCalendar.Publication(period);
            var published = 0;
            var corrections = new List<(string Unit, MonthFigures Figures)>();
            foreach (var (index, unit) in units.Index())
            {
                var figures = rows.Of(plan, unit, period);
                if (figures.IsEmpty && NotReported.Contains((month, unit))) continue;
                if (figures.IsEmpty) figures = rows.Standing(plan, unit, period);
                var (first, again) = figures.SplitCorrections();
                var steps = DemoCalendar.Steps(period, index, Late.Contains((month, unit))) with { Published = publishedAt };
                rows.Add(Submission(planId, unit, period, SubmissionState.Published, steps), first);
                published++;
                if (!again.IsEmpty) corrections.Add((unit, again));
            }
            await PublishAsync(db, planId, plan, period, published, publishedAt, cancellationToken);

            // A correction comes after the month's publication, before the next month's.
            foreach (var (unit, figures) in corrections)
            {
                var steps = new DemoSteps(
                    DemoCalendar.AfterMonth(period, 10, 14, 20), DemoCalendar.AfterMonth(period, 10, 16, 5), DemoCalendar.AfterMonth(period, 11, 10, 15),
                    DemoCalendar.AfterMonth(period, 11, 16, 0));
                rows.Add(Submission(planId, unit, period, SubmissionState.Published, steps, version: 2, CorrectionReason), figures);
                await PublishAsync(db, planId, plan, period, 1, steps.Published!.Value, cancellationToken);
            }
        }

        var next = new Period(plan.Year, lastMonth + 1);
        foreach (var (unit, state) in units.Where(u => u != WalkingUnit).Zip(UnderWay))
        {
            // A unit reports every line of its month, changed or not.
            var steps = DemoCalendar.Steps(next, units.IndexOf(unit), late: false);
            rows.Add(Submission(planId, unit, next, state, steps), rows.Standing(nextMonth, unit, next));
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task PublishAsync(MinshengDb db, int planId, Plan plan, Period period, int submissions, DateTimeOffset at, CancellationToken cancellationToken)
    {
        db.Publications.Add(new StoredPublication
        {
            PlanId = planId, Year = period.Year, Month = period.Month, PublishedAt = at, PublishedBy = Office, Submissions = submissions,
        });
        await db.SaveChangesAsync(cancellationToken);
        var endOfMonth = new DateOnly(period.Year, period.Month, DateTime.DaysInMonth(period.Year, period.Month));
        await Supervision.RaiseAsync(db, planId, plan, endOfMonth, at, cancellationToken);
    }

    /// <summary>A unit's month, with the steps of the chain up to its state.</summary>
    private static StoredSubmission Submission(
        int planId, string unit, Period period, SubmissionState state, DemoSteps steps, int version = 1, string? reason = null)
    {
        var events = new List<StoredSubmissionEvent>
        {
            new() { Action = SubmissionAction.Submitted, By = DemoSubmissions.Reporter(unit), At = steps.Submitted, Reason = reason },
        };
        if (state >= SubmissionState.Accepted) events.Add(new() { Action = SubmissionAction.Accepted, By = $"{unit} 审核员", At = steps.Accepted });
        if (state >= SubmissionState.Verified) events.Add(new() { Action = SubmissionAction.Verified, By = Office, At = steps.Verified });
        var publishedAt = state == SubmissionState.Published ? steps.Published : null;
        if (publishedAt is { } at) events.Add(new() { Action = SubmissionAction.Published, By = Office, At = at });
        return new StoredSubmission
        {
            PlanId = planId, Unit = unit, Year = period.Year, Month = period.Month, Version = version, Reason = reason, State = state,
            SubmittedAt = steps.Submitted, PublishedAt = publishedAt, Events = events,
        };
    }
}
