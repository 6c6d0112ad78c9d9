namespace Minsheng.Engine.Tests;

/// <summary>投资 and 资金: completed or used against planned, and that rate against elapsed time (超序时 N 个百分点).</summary>
public class Investment_and_funds_against_elapsed_time
{
    [Fact]
    public void Investment_rate_is_completed_over_planned_and_vs_elapsed_is_rate_minus_elapsed()
    {
        var investment = APlan.For(2023)
            .WithCategory("01", c => c.WithProject("01-01", p => p.Investment(498_000_000)))
            .Spent("2023-06", "01-01", investment: 214_000_000)
            .Build().At("2023-06-30").Project("01-01").Investment;

        Assert.Equal(498_000_000m, investment.Planned);
        Assert.Equal(214_000_000m, investment.Completed);
        Assert.Equal(0.4297m, Math.Round(investment.Rate!.Value, 4));
        Assert.Equal(-0.0703m, Math.Round(investment.VsElapsed!.Value, 4));
    }

    [Fact]
    public void Investment_with_nothing_planned_has_null_rate_and_null_vs_elapsed()
    {
        var investment = APlan.For(2023)
            .WithCategory("01", c => c.WithProject("01-01"))
            .Spent("2023-06", "01-01", investment: 1_000_000)
            .Build().At("2023-06-30").Project("01-01").Investment;

        Assert.Equal(0m, investment.Planned);
        Assert.Null(investment.Rate);
        Assert.Null(investment.VsElapsed);
    }

    [Fact]
    public void Funds_are_tallied_by_source_and_in_total()
    {
        var funds = APlan.For(2023)
            .WithCategory("01", c => c.WithProject("01-01", p => p.Funds(city: 100, district: 300, other: 100)))
            .Spent("2023-06", "01-01", city: 50, district: 120, other: 30)
            .Build().At("2023-06-30").Project("01-01").Funds;

        Assert.Equal(500m, funds.Planned);
        Assert.Equal(200m, funds.Used);
        Assert.Equal(0.4m, funds.Rate);
        Assert.Equal(-0.1m, funds.VsElapsed);
        Assert.Equal(0.5m, funds.BySource.City.Rate);
        Assert.Equal(0m, funds.BySource.City.VsElapsed);
        Assert.Equal(0.4m, funds.BySource.District.Rate);
        Assert.Equal(0.3m, funds.BySource.Other.Rate);
    }

    [Fact]
    public void Source_with_nothing_planned_has_a_null_rate()
    {
        var funds = APlan.For(2023)
            .WithCategory("01", c => c.WithProject("01-01", p => p.Funds(city: 100)))
            .Spent("2023-06", "01-01", city: 60)
            .Build().At("2023-06-30").Project("01-01").Funds;

        Assert.Equal(0.6m, funds.BySource.City.Rate);
        Assert.Null(funds.BySource.District.Rate);
        Assert.Null(funds.BySource.District.VsElapsed);
        Assert.Null(funds.BySource.Other.Rate);
    }

    [Fact]
    public void Money_figures_stand_at_the_latest_row_of_each_source()
    {
        // The July row only gives the city's figure: the district's stays at its June figure.
        var funds = APlan.For(2023)
            .WithCategory("01", c => c.WithProject("01-01", p => p.Funds(city: 100, district: 100)))
            .Spent("2023-06", "01-01", city: 20, district: 30)
            .Spent("2023-07", "01-01", city: 40)
            .Spent("2023-09", "01-01", city: 90)
            .Build().At("2023-08-31").Project("01-01").Funds;

        Assert.Equal(40m, funds.BySource.City.Used);
        Assert.Equal(30m, funds.BySource.District.Used);
    }

    [Fact]
    public void Category_and_overall_money_sum_their_projects_before_dividing()
    {
        var summary = APlan.For(2023)
            .WithCategory("01", c => c
                .WithProject("01-01", p => p.Investment(100))
                .WithProject("01-02", p => p.Investment(300)))
            .WithCategory("02", c => c.WithProject("02-01", p => p.Investment(600)))
            .Spent("2023-06", "01-01", investment: 100)
            .Spent("2023-06", "01-02", investment: 60)
            .Spent("2023-06", "02-01", investment: 240)
            .Build().At("2023-06-30");

        // 160 / 400, not the mean of 1 and 0.2.
        Assert.Equal(0.4m, summary.Category("01").Investment.Rate);
        Assert.Equal(1000m, summary.Overall.Investment.Planned);
        Assert.Equal(400m, summary.Overall.Investment.Completed);
        Assert.Equal(-0.1m, summary.Overall.Investment.VsElapsed);
    }
}
