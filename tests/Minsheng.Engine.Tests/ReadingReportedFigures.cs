using Minsheng.Engine.Progress;

namespace Minsheng.Engine.Tests;

/// <summary>Report rows are cumulative figures by month; which one stands at the end of the period.</summary>
public class Reading_reported_figures
{
    [Fact]
    public void Two_rows_for_one_month_the_later_row_wins()
    {
        var summary = APlan.For(2024)
            .WithIndicator("01-01-1", target: 10)
            .Reported("2024-06", "01-01-1", 7)
            .Reported("2024-06", "01-01-1", 4)
            .Build().At("2024-06-30");

        Assert.Equal(4m, summary.Indicator("01-01-1").Actual);
    }

    [Fact]
    public void Month_without_a_row_takes_the_latest_earlier_row()
    {
        var summary = APlan.For(2024)
            .WithIndicator("01-01-1", target: 10)
            .Reported("2024-02", "01-01-1", 1)
            .Reported("2024-04", "01-01-1", 3)
            .Build().At("2024-07-31");

        Assert.Equal(3m, summary.Indicator("01-01-1").Actual);
    }

    [Fact]
    public void Row_order_in_the_document_does_not_decide_between_months()
    {
        var summary = APlan.For(2024)
            .WithIndicator("01-01-1", target: 10)
            .Reported("2024-05", "01-01-1", 5)
            .Reported("2024-03", "01-01-1", 2)
            .Build().At("2024-05-31");

        Assert.Equal(5m, summary.Indicator("01-01-1").Actual);
    }

    [Fact]
    public void District_only_rows_are_summed_for_the_region()
    {
        var summary = APlan.For(2024)
            .WithIndicator("01-01-1", target: 10, i => i.District("海州区", 6).District("赣榆区", 4))
            .Reported("2024-06", "01-01-1", 2, district: "海州区")
            .Reported("2024-05", "01-01-1", 3, district: "赣榆区")
            .Build().At("2024-06-30");

        Assert.Equal(5m, summary.Indicator("01-01-1").Actual);
        Assert.Equal(0.5m, summary.Indicator("01-01-1").Rate);
    }

    [Fact]
    public void A_region_row_is_the_region_figure_even_when_districts_report()
    {
        var summary = APlan.For(2024)
            .WithIndicator("01-01-1", target: 10, i => i.District("海州区", 6).District("赣榆区", 4))
            .Reported("2024-06", "01-01-1", 3)
            .Reported("2024-06", "01-01-1", 2, district: "海州区")
            .Reported("2024-06", "01-01-1", 2, district: "赣榆区")
            .Build().At("2024-06-30");

        Assert.Equal(3m, summary.Indicator("01-01-1").Actual);
    }

    [Fact]
    public void Completed_in_is_the_first_month_whose_cumulative_figure_reached_the_target()
    {
        var summary = APlan.For(2023)
            .WithIndicator("01-01-1", target: 8)
            .Reported("2023-04", "01-01-1", 6)
            .Reported("2023-05", "01-01-1", 8)
            .Reported("2023-07", "01-01-1", 9)
            .Build().At("2023-09-30");

        var indicator = summary.Indicator("01-01-1");
        Assert.Equal(Status.Completed, indicator.Status);
        Assert.Equal(SummaryLookups.Month("2023-05"), indicator.CompletedIn);
    }

    [Fact]
    public void Item_reaching_its_target_before_December_is_completed_early()
    {
        // 提前完成: the completion month is known and earlier than December.
        var summary = APlan.For(2021)
            .WithIndicator("01-01-1", target: 100, i => i.Unit("台"))
            .Reported("2021-08", "01-01-1", 100)
            .Build().At("2021-12-31");

        Assert.Equal(8, summary.Indicator("01-01-1").CompletedIn?.Month);
        Assert.True(summary.Indicator("01-01-1").CompletedIn?.Month < 12);
    }

    [Fact]
    public void Project_completes_in_the_month_its_last_indicator_completes()
    {
        var summary = APlan.For(2023)
            .WithIndicator("01-01-1", target: 8)
            .WithIndicator("01-01-2", target: 2)
            .Reported("2023-03", "01-01-1", 8)
            .Reported("2023-06", "01-01-2", 2)
            .Build().At("2023-09-30");

        Assert.Equal(Status.Completed, summary.Project("01-01").Status);
        Assert.Equal(SummaryLookups.Month("2023-06"), summary.Project("01-01").CompletedIn);
    }
}
