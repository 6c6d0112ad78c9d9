using Minsheng.Engine.Bulletins;

namespace Minsheng.Engine.Tests;

public class Forecasting_completion
{
    private static Func<int, decimal?> Figures(params (int Month, decimal Value)[] figures) =>
        month => figures.Where(f => f.Month == month).Select(f => (decimal?)f.Value).FirstOrDefault();

    [Fact]
    public void The_pedestrian_bridge_at_55_of_70_gaining_10_a_month_finishes_in_November_a_month_early()
    {
        // 天桥: 25% of the works in June, 55% in September, target 70% (dalian-2021-q3-report-card.txt).
        Assert.Equal(11, CompletionForecast.Month(70, Figures((6, 25), (9, 55)), 9));
    }

    [Fact]
    public void A_month_without_a_figure_counts_as_the_last_figure_before_it()
    {
        Assert.Equal(11, CompletionForecast.Month(70, Figures((5, 25), (9, 55)), 9));
    }

    [Fact]
    public void Early_in_the_year_the_pace_looks_back_only_to_January()
    {
        // 20 in two months: 10 a month; 80 more takes 8 months.
        Assert.Equal(10, CompletionForecast.Month(100, Figures((2, 20)), 2));
    }

    [Fact]
    public void No_gain_over_the_window_gives_no_forecast()
    {
        Assert.Null(CompletionForecast.Month(100, Figures((3, 40), (6, 40)), 6));
    }

    [Fact]
    public void A_pace_that_reaches_the_target_only_next_year_gives_no_forecast()
    {
        Assert.Null(CompletionForecast.Month(100, Figures((6, 10), (9, 20)), 9));
    }

    [Fact]
    public void A_target_already_reached_is_forecast_for_the_month_itself()
    {
        Assert.Equal(9, CompletionForecast.Month(100, Figures((9, 100)), 9));
    }

    [Fact]
    public void A_project_completes_with_its_last_indicator_or_not_at_all()
    {
        Assert.Equal(12, CompletionForecast.Latest([11, 12, 10]));
        Assert.Null(CompletionForecast.Latest([11, null]));
    }
}
