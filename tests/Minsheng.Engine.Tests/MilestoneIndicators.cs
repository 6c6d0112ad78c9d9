using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;

namespace Minsheng.Engine.Tests;

/// <summary>Milestones: actual and nodes are 1-based stage numbers; the target is the number of stages.</summary>
public class Milestone_indicators
{
    private static PlanBuilder AProjectWithStages() => APlan.For(2023)
        .WithIndicator("01-01-2", target: 4, i => i.Stages("立项", "开工", "主体完工", "竣工").Nodes((3, 2), (9, 3)));

    [Fact]
    public void Milestone_rate_is_the_stage_reached_over_the_number_of_stages()
    {
        var indicator = AProjectWithStages().Reported("2023-09", "01-01-2", 3).Build().At("2023-09-30").Indicator("01-01-2");

        Assert.Equal(4m, indicator.Target);
        Assert.Equal(0.75m, indicator.Rate);
    }

    [Fact]
    public void Milestone_at_the_stage_of_its_node_is_on_schedule()
    {
        var indicator = AProjectWithStages().Reported("2023-09", "01-01-2", 3).Build().At("2023-09-30").Indicator("01-01-2");

        Assert.Equal(3m, indicator.Node);
        Assert.Equal(Status.OnSchedule, indicator.Status);
    }

    [Fact]
    public void Milestone_a_stage_short_of_its_node_is_behind_by_a_share_of_its_stages()
    {
        var indicator = AProjectWithStages().Reported("2023-09", "01-01-2", 2).Build().At("2023-09-30").Indicator("01-01-2");

        Assert.Equal(Status.Behind, indicator.Status);
        Assert.Equal(25m, indicator.Shortfall);
        Assert.Equal(Light.Red, indicator.Light);
    }

    [Fact]
    public void Milestone_reaching_its_last_stage_is_completed()
    {
        var indicator = AProjectWithStages().Reported("2023-10", "01-01-2", 4).Build().At("2023-10-31").Indicator("01-01-2");

        Assert.Equal(Status.Completed, indicator.Status);
        Assert.Equal(SummaryLookups.Month("2023-10"), indicator.CompletedIn);
    }

    [Fact]
    public void Milestone_node_on_the_linear_curve_is_the_last_whole_stage_the_line_has_reached()
    {
        // The line through the spec's example nodes (3: 2, 9: 3) stands at stage 2.5 in June; a stage
        // is reached or not, so stage 2 is due and a report of stage 2 is on schedule.
        var indicator = AProjectWithStages().Reported("2023-06", "01-01-2", 2).Build().At("2023-06-30").Indicator("01-01-2");

        Assert.Equal(2m, indicator.Node);
        Assert.Equal(Status.OnSchedule, indicator.Status);
    }

    [Fact]
    public void Milestone_on_the_nodes_curve_holds_the_latest_stage_due()
    {
        var indicator = APlan.For(2023)
            .WithIndicator("01-01-2", target: 4, i => i.Stages("立项", "开工", "主体完工", "竣工").Nodes((3, 2), (9, 3)).Curve(Curve.Nodes))
            .Reported("2023-06", "01-01-2", 2)
            .Build().At("2023-06-30").Indicator("01-01-2");

        Assert.Equal(2m, indicator.Node);
        Assert.Equal(Status.OnSchedule, indicator.Status);
    }
}
