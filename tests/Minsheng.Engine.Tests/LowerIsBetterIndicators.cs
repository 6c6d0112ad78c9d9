using Minsheng.Engine.Progress;

namespace Minsheng.Engine.Tests;

/// <summary>Direction down (登记失业率低于4.3%): the target is a ceiling; rate is target / actual.</summary>
public class Lower_is_better_indicators
{
    private static IndicatorSummary UnemploymentInJune(decimal? actual, params (int Month, decimal Value)[] nodes)
    {
        var plan = APlan.For(2024).WithIndicator("01-01-1", target: 4.3m, i => i.Unit("%").Down().Nodes(nodes));
        if (actual is { } value) plan.Reported("2024-06", "01-01-1", value);
        return plan.Build().At("2024-06-30").Indicator("01-01-1");
    }

    [Fact]
    public void Rate_of_a_ceiling_is_target_over_actual()
    {
        Assert.Equal(0.86m, UnemploymentInJune(5m).Rate);
    }

    [Fact]
    public void Ceiling_met_exactly_is_completed_with_rate_one()
    {
        var indicator = UnemploymentInJune(4.3m);

        Assert.Equal(Status.Completed, indicator.Status);
        Assert.Equal(1m, indicator.Rate);
    }

    [Fact]
    public void Figure_below_the_ceiling_is_completed_with_a_rate_over_one()
    {
        var indicator = UnemploymentInJune(4m);

        Assert.Equal(Status.Completed, indicator.Status);
        Assert.Equal(1.075m, indicator.Rate);
    }

    [Fact]
    public void Figure_above_the_ceiling_is_behind_by_the_excess_in_points_of_the_target()
    {
        var indicator = UnemploymentInJune(4.8m);

        Assert.Equal(Status.Behind, indicator.Status);
        Assert.Equal(4.3m, indicator.Node);
        Assert.Equal(11.63m, Math.Round(indicator.Shortfall!.Value, 2));
        Assert.Equal(Light.Red, indicator.Light);
    }

    [Fact]
    public void Figure_under_a_descending_node_is_ahead()
    {
        var indicator = UnemploymentInJune(4.8m, (6, 5m), (12, 4.3m));

        Assert.Equal(5m, indicator.Node);
        Assert.Equal(Status.Ahead, indicator.Status);
    }

    [Fact]
    public void Ceiling_with_nothing_reported_is_on_schedule_with_a_null_rate()
    {
        var indicator = UnemploymentInJune(null);

        Assert.Equal(Status.OnSchedule, indicator.Status);
        Assert.Null(indicator.Rate);
        Assert.Null(indicator.CompletedIn);
    }
}
