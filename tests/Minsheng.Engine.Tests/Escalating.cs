using Minsheng.Engine.Documents;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;

namespace Minsheng.Engine.Tests;

/// <summary>督办: supervision levels raised by the plan's rules from each project's monthly light.</summary>
public class Escalating_lagging_projects
{
    // Target 120, linear: the node is 10 a month. 5 points short (6 units) is yellow; 10 points (12 units) is red.
    private static PlanBuilder AProject() => APlan.For(2024).WithIndicator("01-01-1", 120);

    private static PlanBuilder Yellow(PlanBuilder plan, params int[] months) =>
        months.Aggregate(plan, (p, m) => p.Reported($"2024-{m:D2}", "01-01-1", m * 10 - 6));

    private static PlanBuilder Red(PlanBuilder plan, params int[] months) =>
        months.Aggregate(plan, (p, m) => p.Reported($"2024-{m:D2}", "01-01-1", m * 10 - 12));

    private static PlanBuilder OnNode(PlanBuilder plan, params int[] months) =>
        months.Aggregate(plan, (p, m) => p.Reported($"2024-{m:D2}", "01-01-1", m * 10));

    private static IReadOnlyList<ProjectEscalation> At(Plan plan, int month) =>
        Escalation.Evaluate(plan, new DateOnly(2024, month, DateTime.DaysInMonth(2024, month)));

    [Fact]
    public void Two_yellow_months_in_a_row_raise_level_1()
    {
        var escalation = Assert.Single(At(Yellow(OnNode(AProject(), 1), 2, 3).Build(), 3));

        Assert.Equal((1, new Period(2024, 3)), (escalation.Level, escalation.Since));
        Assert.Equal([Light.Green, Light.Yellow, Light.Yellow], escalation.Lights);
    }

    [Fact]
    public void One_yellow_month_raises_nothing()
    {
        Assert.Empty(At(Yellow(OnNode(AProject(), 1, 2), 3).Build(), 3));
    }

    [Fact]
    public void A_yellow_month_after_a_green_one_breaks_the_run()
    {
        Assert.Empty(At(Yellow(OnNode(Yellow(AProject(), 1), 2), 3).Build(), 3));
    }

    [Fact]
    public void A_red_month_raises_level_2()
    {
        var escalation = Assert.Single(At(Red(OnNode(AProject(), 1, 2), 3).Build(), 3));

        Assert.Equal((2, new Period(2024, 3)), (escalation.Level, escalation.Since));
    }

    [Fact]
    public void Three_red_months_in_a_row_raise_level_3_from_the_third()
    {
        var escalation = Assert.Single(At(Red(OnNode(AProject(), 1), 2, 3, 4, 5).Build(), 5));

        Assert.Equal((3, new Period(2024, 4)), (escalation.Level, escalation.Since));
    }

    [Fact]
    public void A_red_month_counts_toward_two_months_of_at_least_yellow()
    {
        var plan = Red(Yellow(OnNode(AProject(), 1), 2), 3).Build() with
        {
            Settings = PlanSettings.Default with { Escalation = [new EscalationRule(1, Light.Yellow, 2)] },
        };

        Assert.Equal(1, Assert.Single(At(plan, 3)).Level);
    }

    [Fact]
    public void Rules_are_data_of_the_plan()
    {
        var plan = Red(OnNode(AProject(), 1, 2), 3).Build() with
        {
            Settings = PlanSettings.Default with { Escalation = [new EscalationRule(2, Light.Red, 2)] },
        };

        Assert.Empty(At(plan, 3));
    }

    [Fact]
    public void Escalation_rules_are_read_from_and_written_to_the_plan_document()
    {
        var plan = AProject().Build() with
        {
            Settings = PlanSettings.Default with { Escalation = [new EscalationRule(1, Light.Yellow, 3), new EscalationRule(3, Light.Red, 2)] },
        };

        var read = PlanDocument.Read(PlanDocument.Write(plan)).Plan;

        Assert.Equal(plan.Settings.Escalation, read.Settings.EscalationRules);
        Assert.Same(PlanSettings.DefaultEscalation, PlanDocument.Read(PlanDocument.Write(AProject().Build())).Plan.Settings.EscalationRules);
    }

    [Fact]
    public void Escalation_rules_that_do_not_read_are_ignored_with_a_warning_naming_what_is_wrong()
    {
        var plan = AProject().Build() with { Settings = PlanSettings.Default with { Escalation = [new EscalationRule(1, Light.Yellow, 3)] } };
        var json = PlanDocument.Write(plan).Replace("\"level\": 1", "\"level\": 4").Replace("\"yellow\"", "\"blue\"");

        var (read, warnings) = PlanDocument.Read(json);

        Assert.Same(PlanSettings.DefaultEscalation, read.Settings.EscalationRules);
        var warning = Assert.Single(warnings);
        Assert.Equal("$.settings[\"x-minsheng\"].escalation", warning.Path);
        Assert.Contains("[0].level: 4 is not a supervision level 1-3", warning.Message);
        Assert.Contains("[0].light: must be \"yellow\" or \"red\"", warning.Message);
    }
}
