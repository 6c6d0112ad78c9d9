using Minsheng.Engine.Progress;

namespace Minsheng.Engine.Tests;

/// <summary>序时进度: an as-of date selects the last month that has ended by it; elapsed is m/12.</summary>
public class Selecting_the_period_of_an_as_of_date
{
    [Fact]
    public void Last_day_of_a_month_selects_that_month()
    {
        Assert.Equal(6, ReportingMonth.Of(new DateOnly(2024, 6, 30), 2024));
        Assert.Equal(9, ReportingMonth.Of(new DateOnly(2021, 9, 30), 2021));
    }

    [Fact]
    public void As_of_date_inside_a_month_selects_the_month_before()
    {
        Assert.Equal(5, ReportingMonth.Of(new DateOnly(2024, 6, 15), 2024));
        Assert.Equal(5, ReportingMonth.Of(new DateOnly(2024, 6, 29), 2024));
        Assert.Equal(11, ReportingMonth.Of(new DateOnly(2024, 12, 30), 2024));
    }

    [Fact]
    public void February_ends_on_the_29th_in_a_leap_year()
    {
        Assert.Equal(1, ReportingMonth.Of(new DateOnly(2024, 2, 28), 2024));
        Assert.Equal(2, ReportingMonth.Of(new DateOnly(2024, 2, 29), 2024));
        Assert.Equal(2, ReportingMonth.Of(new DateOnly(2023, 2, 28), 2023));
    }

    [Fact]
    public void Before_31_January_no_month_has_ended()
    {
        Assert.Equal(0, ReportingMonth.Of(new DateOnly(2024, 1, 30), 2024));
        Assert.Equal(0, ReportingMonth.Of(new DateOnly(2024, 1, 1), 2024));
        Assert.Equal(0, ReportingMonth.Of(new DateOnly(2023, 12, 31), 2024));
        Assert.Equal(1, ReportingMonth.Of(new DateOnly(2024, 1, 31), 2024));
    }

    [Fact]
    public void A_date_after_the_plan_year_selects_December()
    {
        Assert.Equal(12, ReportingMonth.Of(new DateOnly(2024, 12, 31), 2024));
        Assert.Equal(12, ReportingMonth.Of(new DateOnly(2025, 3, 15), 2024));
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(3, "0.25")]
    [InlineData(6, "0.5")]
    [InlineData(9, "0.75")]
    [InlineData(12, "1")]
    public void Elapsed_is_the_month_over_twelve(int month, string elapsed) =>
        Assert.Equal(decimal.Parse(elapsed, System.Globalization.CultureInfo.InvariantCulture), ReportingMonth.Elapsed(month));

    [Fact]
    public void Summary_carries_the_selected_period_and_its_elapsed_share()
    {
        var summary = APlan.For(2024).WithIndicator("01-01-1", target: 12).Build().At("2024-06-15");

        Assert.Equal(SummaryLookups.Month("2024-05"), summary.Period);
        Assert.Equal(5m / 12m, summary.Elapsed);
    }

    [Fact]
    public void Before_the_first_month_ends_elapsed_is_zero_and_every_node_is_zero()
    {
        var summary = APlan.For(2024)
            .WithIndicator("01-01-1", target: 12)
            .WithIndicator("01-01-2", target: 5, i => i.Nodes((1, 2)))
            .Reported("2024-01", "01-01-1", 4)
            .Build().At("2024-01-20");

        Assert.Null(summary.Period);
        Assert.Equal(0m, summary.Elapsed);
        Assert.All(summary.Projects.SelectMany(p => p.Indicators), i =>
        {
            Assert.Equal(0m, i.Node);
            Assert.Equal(Status.OnSchedule, i.Status);
            Assert.Equal(0m, i.Actual);
        });
    }

    [Fact]
    public void A_figure_reported_for_a_month_after_the_period_does_not_count_yet()
    {
        var summary = APlan.For(2024)
            .WithIndicator("01-01-1", target: 12)
            .Reported("2024-05", "01-01-1", 5)
            .Reported("2024-06", "01-01-1", 9)
            .Build().At("2024-06-29");

        Assert.Equal(5m, summary.Indicator("01-01-1").Actual);
    }
}
