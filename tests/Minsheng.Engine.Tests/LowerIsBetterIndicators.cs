using Minsheng.Engine.Model;
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

    private static Indicator ACeiling(params (int Month, decimal Value)[] nodes) =>
        new("x", "失业率", IndicatorKind.Level, 4.3m, "%", Direction.Down, [],
            nodes.ToDictionary(n => n.Month, n => n.Value), new Dictionary<string, decimal>());

    [Fact]
    public void Ceiling_between_explicit_nodes_follows_the_line_from_one_to_the_next()
    {
        var ceiling = ACeiling((3, 6m), (9, 4.8m));

        Assert.Equal(5.6m, NodeCurve.At(ceiling, Curve.Linear, 5));
        Assert.Equal(5.4m, NodeCurve.At(ceiling, Curve.Linear, 6));
        Assert.Equal(4.8m, NodeCurve.At(ceiling, Curve.Linear, 9));
    }

    [Fact]
    public void Ceiling_after_its_last_explicit_node_follows_the_line_to_the_target_in_December()
    {
        var ceiling = ACeiling((6, 5m));

        Assert.Equal(4.65m, NodeCurve.At(ceiling, Curve.Linear, 9));
        Assert.Equal(4.3m, NodeCurve.At(ceiling, Curve.Linear, 12));
    }

    [Fact]
    public void Ceiling_heads_for_an_explicit_December_node()
    {
        Assert.Equal(4.5m, NodeCurve.At(ACeiling((6, 5m), (12, 4m)), Curve.Linear, 9));
    }

    [Fact]
    public void Ceiling_before_its_first_explicit_node_is_the_target()
    {
        var ceiling = ACeiling((6, 5m), (12, 4.3m));

        Assert.Equal(4.3m, NodeCurve.At(ceiling, Curve.Linear, 1));
        Assert.Equal(4.3m, NodeCurve.At(ceiling, Curve.Linear, 5));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(12)]
    public void Ceiling_without_nodes_is_the_target_all_year(int month)
    {
        Assert.Equal(4.3m, NodeCurve.At(ACeiling(), Curve.Linear, month));
        Assert.Equal(4.3m, NodeCurve.At(ACeiling(), Curve.Nodes, month));
    }

    [Fact]
    public void Ceiling_on_the_nodes_curve_holds_the_latest_node_due()
    {
        var ceiling = ACeiling((6, 5m));

        Assert.Equal(4.3m, NodeCurve.At(ceiling, Curve.Nodes, 3));
        Assert.Equal(5m, NodeCurve.At(ceiling, Curve.Nodes, 9));
    }

    [Fact]
    public void Figure_above_the_line_between_nodes_is_behind_by_its_excess_over_the_line()
    {
        // September on the line from 5 in June to 4.3 in December: 4.65; 4.8 is 0.15 over, 3.49 points of 4.3.
        var plan = APlan.For(2024).WithIndicator("01-01-1", target: 4.3m, i => i.Unit("%").Down().Nodes((6, 5m), (12, 4.3m)))
            .Reported("2024-09", "01-01-1", 4.8m).Build();

        var indicator = plan.At("2024-09-30").Indicator("01-01-1");

        Assert.Equal(4.65m, indicator.Node);
        Assert.Equal(Status.Behind, indicator.Status);
        Assert.Equal(3.49m, Math.Round(indicator.Shortfall!.Value, 2));
        Assert.Equal(Light.Yellow, indicator.Light);
    }

    [Fact]
    public void Figure_under_the_line_between_nodes_is_ahead()
    {
        var plan = APlan.For(2024).WithIndicator("01-01-1", target: 4.3m, i => i.Unit("%").Down().Nodes((6, 5m), (12, 4.3m)))
            .Reported("2024-09", "01-01-1", 4.6m).Build();

        Assert.Equal(Status.Ahead, plan.At("2024-09-30").Indicator("01-01-1").Status);
    }
}
