using Minsheng.Engine.Progress;

namespace Minsheng.Engine.Tests;

/// <summary>
/// The funds printed in samples/ningbo-2024-h1-progress.txt, as of 30 June 2024 (elapsed 50%): 40.16亿 planned
/// (city 6.52, districts 21.76, other 11.88), 22.47亿 used of which the city's 3.82. The sample does not split the
/// other 18.65亿 used between districts and other sources: 13.00 and 5.65 here. Two projects share each source.
/// </summary>
public class Ningbo_2024_h1_progress
{
    private static Summary AtTheEndOfJune() => APlan.For(2024).Region("宁波市")
        .WithCategory("01", c => c.WithProject("01-01", p => p.Funds(city: 352_000_000, district: 1_176_000_000, other: 688_000_000)))
        .WithCategory("02", c => c.WithProject("02-01", p => p.Funds(city: 300_000_000, district: 1_000_000_000, other: 500_000_000)))
        .Spent("2024-06", "01-01", city: 200_000_000, district: 700_000_000, other: 300_000_000)
        .Spent("2024-06", "02-01", city: 182_000_000, district: 600_000_000, other: 265_000_000)
        .Build().At("2024-06-30");

    [Fact]
    public void City_funds_3_82_of_6_52_yi_is_58_6_percent()
    {
        var city = AtTheEndOfJune().Overall.Funds.BySource.City;

        Assert.Equal(652_000_000m, city.Planned);
        Assert.Equal(382_000_000m, city.Used);
        Assert.Equal(0.586m, Math.Round(city.Rate!.Value, 3));
    }

    [Fact]
    public void City_funds_are_8_6_points_ahead_of_elapsed_time()
    {
        var summary = AtTheEndOfJune();

        Assert.Equal(0.5m, summary.Elapsed);
        Assert.Equal(0.086m, Math.Round(summary.Overall.Funds.BySource.City.VsElapsed!.Value, 3));
    }

    [Fact]
    public void All_funds_22_47_of_40_16_yi_is_56_0_percent()
    {
        var funds = AtTheEndOfJune().Overall.Funds;

        Assert.Equal(4_016_000_000m, funds.Planned);
        Assert.Equal(2_247_000_000m, funds.Used);
        Assert.Equal(0.560m, Math.Round(funds.Rate!.Value, 3));
        Assert.True(funds.VsElapsed > 0, "时间过半、任务过半: more than half of the funds used at half time");
    }
}
