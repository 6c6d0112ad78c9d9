using Minsheng.Engine.Model;

namespace Minsheng.Engine.Progress;

/// <summary>A project under supervision: its level, the month it rose to it, and its light month by month.</summary>
public sealed record ProjectEscalation(string Project, int Level, EscalationRule Rule, Period Since, IReadOnlyList<Light> Lights);

/// <summary>
/// 督办: supervision levels raised by the plan's rules from each project's light month by month
/// (level 1 the office, 2 the secretary-general, 3 the vice mayor).
/// </summary>
public static class Escalation
{
    public static IReadOnlyList<ProjectEscalation> Evaluate(Plan plan, DateOnly asOf)
    {
        var month = ReportingMonth.Of(asOf, plan.Year);
        var lights = plan.Projects.ToDictionary(p => p.Code, _ => new List<Light>(month));
        for (var m = 1; m <= month; m++)
        {
            var endOfMonth = new DateOnly(plan.Year, m, DateTime.DaysInMonth(plan.Year, m));
            foreach (var project in ProgressEngine.Summarize(plan, endOfMonth).Projects) lights[project.Code].Add(project.Light);
        }

        var escalations = new List<ProjectEscalation>();
        foreach (var (project, history) in lights)
        {
            var reached = plan.Settings.EscalationRules
                .Where(rule => TrailingRun(history, rule.Light) >= rule.Months)
                .MaxBy(rule => rule.Level);
            if (reached is null) continue;
            var since = history.Count - TrailingRun(history, reached.Light) + reached.Months;
            escalations.Add(new ProjectEscalation(project, reached.Level, reached, new Period(plan.Year, since), history));
        }
        return escalations.OrderByDescending(e => e.Level).ThenBy(e => e.Since).ToList();
    }

    /// <summary>How many of the latest months in a row were at least this colour (red counts as at least yellow).</summary>
    private static int TrailingRun(List<Light> history, Light atLeast)
    {
        var run = 0;
        for (var i = history.Count - 1; i >= 0 && history[i] >= atLeast; i--) run++;
        return run;
    }
}
