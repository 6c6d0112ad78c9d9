using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;

namespace Minsheng.Engine.Tests;

/// <summary>节点目标: the node due at the end of a month on the linear or the nodes curve.</summary>
public class Following_the_expected_curve
{
    private static Indicator AnIndicator(decimal target, Curve? curve = null, params (int Month, decimal Value)[] nodes) =>
        new("x", "x", IndicatorKind.Quantity, target, null, Direction.Up, [],
            nodes.ToDictionary(n => n.Month, n => n.Value), new Dictionary<string, decimal>(), curve);

    [Theory]
    [InlineData(1, 10)]
    [InlineData(3, 30)]
    [InlineData(6, 60)]
    [InlineData(12, 120)]
    public void Linear_curve_without_nodes_is_target_times_month_over_twelve(int month, int node) =>
        Assert.Equal(node, NodeCurve.At(AnIndicator(120), Curve.Linear, month));

    [Fact]
    public void Linear_curve_passes_through_explicit_nodes()
    {
        var indicator = AnIndicator(8, null, (6, 2), (9, 5));

        Assert.Equal(2m, NodeCurve.At(indicator, Curve.Linear, 6));
        Assert.Equal(5m, NodeCurve.At(indicator, Curve.Linear, 9));
    }

    [Fact]
    public void Linear_curve_between_nodes_follows_the_line_from_one_node_to_the_next()
    {
        var indicator = AnIndicator(8, null, (6, 2), (9, 5));

        Assert.Equal(3m, NodeCurve.At(indicator, Curve.Linear, 7));
        Assert.Equal(4m, NodeCurve.At(indicator, Curve.Linear, 8));
    }

    [Fact]
    public void Linear_curve_before_the_first_node_rises_from_zero()
    {
        var indicator = AnIndicator(8, null, (6, 3));

        Assert.Equal(0.5m, NodeCurve.At(indicator, Curve.Linear, 1));
        Assert.Equal(1.5m, NodeCurve.At(indicator, Curve.Linear, 3));
    }

    [Fact]
    public void Linear_curve_after_the_last_node_rises_to_the_target_in_December()
    {
        var indicator = AnIndicator(8, null, (6, 2), (9, 5));

        Assert.Equal(6m, NodeCurve.At(indicator, Curve.Linear, 10));
        Assert.Equal(8m, NodeCurve.At(indicator, Curve.Linear, 12));
    }

    [Fact]
    public void Linear_curve_heads_for_an_explicit_December_node()
    {
        // ENGINE BUG: a node for month 12 is never taken as "the next node" (NodeCurve.At only looks at months
        // below 12), so the line after June heads for the target (100) and meets the December node (90) in a jump.
        var indicator = AnIndicator(100, null, (6, 30), (12, 90));

        Assert.Equal(90m, NodeCurve.At(indicator, Curve.Linear, 12));
        Assert.Equal(60m, NodeCurve.At(indicator, Curve.Linear, 9));
    }

    [Fact]
    public void Nodes_curve_counts_only_explicit_nodes_the_latest_one_due_standing()
    {
        var indicator = AnIndicator(8, null, (6, 2), (9, 5));

        Assert.Equal(2m, NodeCurve.At(indicator, Curve.Nodes, 6));
        Assert.Equal(2m, NodeCurve.At(indicator, Curve.Nodes, 8));
        Assert.Equal(5m, NodeCurve.At(indicator, Curve.Nodes, 11));
    }

    [Fact]
    public void Nodes_curve_has_nothing_due_before_the_first_node()
    {
        Assert.Null(NodeCurve.At(AnIndicator(8, null, (6, 2)), Curve.Nodes, 5));
    }

    [Fact]
    public void Nodes_curve_before_the_first_node_is_on_schedule_with_node_zero()
    {
        var indicator = APlan.For(2024)
            .WithSettings(curve: Curve.Nodes)
            .WithIndicator("01-01-1", target: 8, i => i.Nodes((6, 2), (9, 5)))
            .Build().At("2024-05-31").Indicator("01-01-1");

        Assert.Equal(Status.OnSchedule, indicator.Status);
        Assert.Equal(Light.Green, indicator.Light);
        Assert.Equal(0m, indicator.Node);
    }

    [Fact]
    public void Nodes_curve_judges_against_the_latest_node_due()
    {
        var indicator = APlan.For(2024)
            .WithSettings(curve: Curve.Nodes)
            .WithIndicator("01-01-1", target: 8, i => i.Nodes((6, 2), (9, 5)))
            .Reported("2024-08", "01-01-1", 2)
            .Build().At("2024-08-31").Indicator("01-01-1");

        // On the linear curve the August node would be 4 and this item behind.
        Assert.Equal(2m, indicator.Node);
        Assert.Equal(Status.OnSchedule, indicator.Status);
    }

    [Fact]
    public void Indicator_curve_overrides_the_plan_curve()
    {
        var summary = APlan.For(2024)
            .WithSettings(curve: Curve.Nodes)
            .WithIndicator("01-01-1", target: 8, i => i.Nodes((6, 2), (9, 5)).Curve(Curve.Linear))
            .WithIndicator("01-01-2", target: 8, i => i.Nodes((6, 2), (9, 5)))
            .Build().At("2024-08-31");

        Assert.Equal(4m, summary.Indicator("01-01-1").Node);
        Assert.Equal(2m, summary.Indicator("01-01-2").Node);

        var nodesOnALinearPlan = APlan.For(2024)
            .WithIndicator("01-01-1", target: 8, i => i.Nodes((6, 2)).Curve(Curve.Nodes))
            .Build().At("2024-04-30").Indicator("01-01-1");
        Assert.Equal(0m, nodesOnALinearPlan.Node);
        Assert.Equal(Status.OnSchedule, nodesOnALinearPlan.Status);
    }

    [Fact]
    public void A_november_deadline_makes_the_full_target_due_in_november()
    {
        // "some must finish by 30 November": a node of the whole target in month 11.
        var indicator = APlan.For(2024)
            .WithIndicator("01-01-1", target: 110, i => i.Nodes((11, 110)))
            .Reported("2024-11", "01-01-1", 100)
            .Build().At("2024-11-30").Indicator("01-01-1");

        Assert.Equal(110m, indicator.Node);
        Assert.Equal(Status.Behind, indicator.Status);
    }
}
