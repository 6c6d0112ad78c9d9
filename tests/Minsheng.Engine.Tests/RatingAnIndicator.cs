namespace Minsheng.Engine.Tests;

/// <summary>完成率: cumulative actual / annual target, over 100% allowed, capped at 100% in progress means.</summary>
public class Rating_an_indicator
{
    [Fact]
    public void Rate_is_cumulative_actual_over_annual_target()
    {
        var summary = APlan.For(2024)
            .WithIndicator("01-01-1", target: 8)
            .Reported("2024-06", "01-01-1", 3)
            .Build().At("2024-06-30");

        Assert.Equal(0.375m, summary.Indicator("01-01-1").Rate);
    }

    [Fact]
    public void Rate_may_exceed_one_hundred_percent()
    {
        // Dalian Q3 2021: 90 sessions against an annual target of 50 (the sample says "180%").
        var summary = APlan.For(2021)
            .WithIndicator("01-01-1", target: 50)
            .Reported("2021-09", "01-01-1", 90)
            .Build().At("2021-09-30");

        Assert.Equal(1.8m, summary.Indicator("01-01-1").Rate);
    }

    [Fact]
    public void Progress_caps_each_rate_at_one_hundred_percent()
    {
        var summary = APlan.For(2024)
            .WithIndicator("01-01-1", target: 50)
            .WithIndicator("01-01-2", target: 10)
            .Reported("2024-06", "01-01-1", 100)
            .Reported("2024-06", "01-01-2", 4)
            .Build().At("2024-06-30");

        Assert.Equal(2m, summary.Indicator("01-01-1").Rate);
        // (min(2, 1) + 0.4) / 2, not (2 + 0.4) / 2.
        Assert.Equal(0.7m, summary.Project("01-01").Progress);
    }

    [Fact]
    public void Rate_with_a_zero_target_is_null()
    {
        var summary = APlan.For(2024)
            .WithIndicator("01-01-1", target: 0)
            .Reported("2024-06", "01-01-1", 3)
            .Build().At("2024-06-30");

        Assert.Null(summary.Indicator("01-01-1").Rate);
    }

    [Fact]
    public void Progress_skips_null_rates_and_is_null_when_every_rate_is()
    {
        var mixed = APlan.For(2024)
            .WithIndicator("01-01-1", target: 0)
            .WithIndicator("01-01-2", target: 10)
            .Reported("2024-06", "01-01-2", 4)
            .Build().At("2024-06-30");
        var zeroOnly = APlan.For(2024)
            .WithIndicator("01-01-1", target: 0)
            .Build().At("2024-06-30");

        Assert.Equal(0.4m, mixed.Project("01-01").Progress);
        Assert.Null(zeroOnly.Project("01-01").Progress);
        Assert.Null(zeroOnly.Overall.Progress);
        Assert.Null(zeroOnly.Category("01").Progress);
    }
}
