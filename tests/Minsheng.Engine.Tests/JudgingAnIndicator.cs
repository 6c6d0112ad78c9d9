using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;

namespace Minsheng.Engine.Tests;

/// <summary>
/// Status against the node due at the end of the period, and the light of a behind item.
/// Every plan here: target 100 on the default linear curve, so the June node is 50.
/// </summary>
public class Judging_an_indicator_against_its_node
{
    private static IndicatorSummary JuneOf(decimal actual, decimal tolerancePoints = 0, decimal redPoints = 10) =>
        APlan.For(2024)
            .WithSettings(tolerancePoints: tolerancePoints, redPoints: redPoints)
            .WithIndicator("01-01-1", target: 100)
            .Reported("2024-06", "01-01-1", actual)
            .Build().At("2024-06-30").Indicator("01-01-1");

    [Fact]
    public void Indicator_reaching_its_annual_target_is_completed()
    {
        var indicator = JuneOf(100);

        Assert.Equal(Status.Completed, indicator.Status);
        Assert.Equal(Light.Green, indicator.Light);
        Assert.Equal(Status.Completed, JuneOf(125.3m).Status);
    }

    [Fact]
    public void Indicator_above_its_node_is_ahead_and_green()
    {
        var indicator = JuneOf(50.5m);

        Assert.Equal(50m, indicator.Node);
        Assert.Equal(Status.Ahead, indicator.Status);
        Assert.Equal(Light.Green, indicator.Light);
    }

    [Fact]
    public void Indicator_at_its_node_is_on_schedule_and_green()
    {
        var indicator = JuneOf(50);

        Assert.Equal(Status.OnSchedule, indicator.Status);
        Assert.Equal(Light.Green, indicator.Light);
    }

    [Fact]
    public void Indicator_short_of_node_by_less_than_red_points_is_yellow()
    {
        var indicator = JuneOf(45);

        Assert.Equal(Status.Behind, indicator.Status);
        Assert.Equal(Light.Yellow, indicator.Light);
        Assert.Equal(5m, indicator.Shortfall);
    }

    [Fact]
    public void Indicator_short_of_node_by_exactly_red_points_is_red()
    {
        var indicator = JuneOf(40);

        Assert.Equal(Status.Behind, indicator.Status);
        Assert.Equal(Light.Red, indicator.Light);
        Assert.Equal(10m, indicator.Shortfall);
    }

    [Fact]
    public void Indicator_short_of_node_by_just_under_red_points_is_yellow()
    {
        var indicator = JuneOf(40.01m);

        Assert.Equal(Light.Yellow, indicator.Light);
        Assert.Equal(9.99m, indicator.Shortfall);
    }

    [Fact]
    public void Indicator_short_of_node_by_more_than_red_points_is_red()
    {
        Assert.Equal(Light.Red, JuneOf(20).Light);
    }

    [Fact]
    public void Red_threshold_is_a_setting_of_the_plan()
    {
        Assert.Equal(Light.Yellow, JuneOf(25, redPoints: 30).Light);
        Assert.Equal(Light.Red, JuneOf(20, redPoints: 30).Light);
        Assert.Equal(Light.Red, JuneOf(48, redPoints: 2).Light);
    }

    [Fact]
    public void Shortfall_is_in_points_of_the_annual_target_not_of_the_node()
    {
        // Target 40, node 20 in June, actual 16: 4 short is 10 points of 40 (20% of the node).
        var indicator = APlan.For(2024)
            .WithIndicator("01-01-1", target: 40)
            .Reported("2024-06", "01-01-1", 16)
            .Build().At("2024-06-30").Indicator("01-01-1");

        Assert.Equal(10m, indicator.Shortfall);
        Assert.Equal(Light.Red, indicator.Light);
    }

    [Fact]
    public void Near_miss_within_tolerance_points_counts_as_on_schedule()
    {
        var atTolerance = JuneOf(48, tolerancePoints: 2);
        var beyondTolerance = JuneOf(47.9m, tolerancePoints: 2);

        Assert.Equal(Status.OnSchedule, atTolerance.Status);
        Assert.Equal(Light.Green, atTolerance.Light);
        Assert.Equal(Status.Behind, beyondTolerance.Status);
        Assert.Equal(Light.Yellow, beyondTolerance.Light);
    }

    [Fact]
    public void Default_tolerance_is_zero_so_any_miss_is_behind()
    {
        Assert.Equal(Status.Behind, JuneOf(49.99m).Status);
    }

    [Fact]
    public void Judge_gives_status_light_node_and_shortfall_for_one_month()
    {
        var indicator = new Indicator("x", "x", IndicatorKind.Quantity, 120, "套", Direction.Up, [],
            new Dictionary<int, decimal>(), new Dictionary<string, decimal>());

        var judgement = IndicatorRules.Judge(indicator, PlanSettings.Default, 3, 18);

        // Node 120 × 3/12 = 30; 12 short of 120 is 10 points.
        Assert.Equal(new Judgement(Status.Behind, Light.Red, 30, 10), judgement);
    }

    [Fact]
    public void Indicator_not_started_when_something_is_due_is_behind()
    {
        var indicator = APlan.For(2024).WithIndicator("01-01-1", target: 100).Build().At("2024-03-31").Indicator("01-01-1");

        Assert.Equal(0m, indicator.Actual);
        Assert.Equal(0m, indicator.Rate);
        Assert.Equal(Status.Behind, indicator.Status);
        Assert.Equal(Light.Red, indicator.Light);
        Assert.Equal(25m, indicator.Shortfall);
    }
}
