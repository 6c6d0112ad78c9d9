namespace Minsheng.Engine.Tests;

/// <summary>区市县 and 牵头单位: progress by district (from district targets) and by lead unit.</summary>
public class Districts_and_lead_units
{
    [Fact]
    public void District_counts_the_indicators_with_a_target_for_it()
    {
        var summary = APlan.For(2024)
            .WithIndicator("01-01-1", target: 8, i => i.District("海州区", 5).District("赣榆区", 3))
            .WithIndicator("01-01-2", target: 4, i => i.District("海州区", 4))
            .WithIndicator("01-01-3", target: 4)
            .Build().At("2024-06-30");

        Assert.Equal(2, summary.District("海州区").Indicators);
        Assert.Equal(1, summary.District("赣榆区").Indicators);
    }

    [Fact]
    public void District_progress_is_the_mean_of_its_capped_district_rates()
    {
        var summary = APlan.For(2024)
            .WithIndicator("01-01-1", target: 8, i => i.District("海州区", 5).District("赣榆区", 3))
            .WithIndicator("01-01-2", target: 4, i => i.District("海州区", 4))
            .Reported("2024-06", "01-01-1", 6, district: "海州区")
            .Reported("2024-06", "01-01-1", 1, district: "赣榆区")
            .Reported("2024-06", "01-01-2", 1, district: "海州区")
            .Build().At("2024-06-30");

        // 海州区: (min(6/5, 1) + 1/4) / 2; 赣榆区: 1/3.
        Assert.Equal(0.625m, summary.District("海州区").Progress);
        Assert.Equal(0.3333m, Math.Round(summary.District("赣榆区").Progress!.Value, 4));
        var haizhou = summary.Indicator("01-01-1").Districts.Single(d => d.Name == "海州区");
        Assert.Equal(1.2m, haizhou.Rate);
    }

    [Fact]
    public void District_rate_uses_the_district_figure_not_the_region_figure()
    {
        var summary = APlan.For(2024)
            .WithIndicator("01-01-1", target: 8, i => i.District("海州区", 5))
            .Reported("2024-06", "01-01-1", 8)
            .Build().At("2024-06-30");

        Assert.Equal(0m, summary.District("海州区").Progress);
    }

    [Fact]
    public void District_of_a_project_without_district_targets_is_listed_with_null_progress()
    {
        var summary = APlan.For(2024)
            .WithCategory("01", c => c.WithProject("01-01", p => p.Districts("镇海区").WithIndicator("01-01-1", 4)))
            .Build().At("2024-06-30");

        Assert.Equal(0, summary.District("镇海区").Indicators);
        Assert.Null(summary.District("镇海区").Progress);
    }

    [Fact]
    public void Lead_unit_counts_the_projects_it_leads_their_mean_progress_and_how_many_are_behind()
    {
        var summary = APlan.For(2024)
            .WithCategory("01", c => c
                .WithProject("01-01", p => p.Lead("市教育局").WithIndicator("01-01-1", 12))
                .WithProject("01-02", p => p.Lead("市民政局").WithIndicator("01-02-1", 12)))
            .WithCategory("02", c => c.WithProject("02-01", p => p.Lead("市教育局").Units("市财政局").WithIndicator("02-01-1", 12)))
            .Reported("2024-06", "01-01-1", 12)
            .Reported("2024-06", "01-02-1", 6)
            .Reported("2024-06", "02-01-1", 3)
            .Build().At("2024-06-30");

        var education = summary.Unit("市教育局");
        Assert.Equal(2, education.Projects);
        Assert.Equal(0.625m, education.Progress);
        Assert.Equal(1, education.Behind);
        Assert.Equal(0, summary.Unit("市民政局").Behind);
        Assert.DoesNotContain(summary.Units, u => u.Name == "市财政局");
    }
}
