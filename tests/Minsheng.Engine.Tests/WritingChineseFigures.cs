using Minsheng.Engine.Bulletins;
using Minsheng.Engine.Model;

namespace Minsheng.Engine.Tests;

public class Writing_Chinese_figures
{
    [Theory]
    [InlineData("16630000000", "元", "166.3亿元")]
    [InlineData("10010000000", "元", "100.1亿元")]
    [InlineData("2140000000", "元", "21.4亿元")]
    [InlineData("420000000", "元", "4.2亿元")]
    [InlineData("27600000", "元", "2760万元")]
    [InlineData("5770000", "元", "577万元")]
    [InlineData("9800", "元", "9800元")]
    [InlineData("86500", "户", "8.65万户")]
    [InlineData("125000", "名", "12.5万名")]
    [InlineData("7000", "人", "7000人")]
    [InlineData("23.4", "公里", "23.4公里")]
    [InlineData("1627.5", "套", "1627.5套")]
    [InlineData("12.5", "万人次", "12.5万人次")]
    [InlineData("70.8", "%", "70.8%")]
    [InlineData("171000000", "平方米", "17100万平方米")]
    public void Amounts_reach_for_wan_and_yi_with_sensible_decimals(string value, string unit, string expected) =>
        Assert.Equal(expected, ChineseFigures.Amount(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), unit));

    [Fact]
    public void Scaled_figures_keep_three_significant_figures_below_a_hundred_and_one_decimal_above()
    {
        Assert.Equal("8.65", ChineseFigures.Scaled(8.6543m));
        Assert.Equal("17.7", ChineseFigures.Scaled(17.66m));
        Assert.Equal("166.3", ChineseFigures.Scaled(166.34m));
        Assert.Equal("2760", ChineseFigures.Scaled(2760.4m));
        Assert.Equal("0.7", ChineseFigures.Scaled(0.70m));
    }

    [Fact]
    public void Percentages_have_one_decimal_rounded_half_away_from_zero()
    {
        Assert.Equal("43.3%", ChineseFigures.Percent(0.4325m));
        Assert.Equal("60.0%", ChineseFigures.Percent(0.6m));
        Assert.Equal("180.0%", ChineseFigures.Percent(1.8m));
        Assert.Equal("—", ChineseFigures.Percent(null));
    }

    [Fact]
    public void Against_elapsed_reads_ahead_behind_or_level_in_percentage_points()
    {
        Assert.Equal("超序时10.0个百分点", ChineseFigures.VsElapsed(0.1m));
        Assert.Equal("落后序时2.1个百分点", ChineseFigures.VsElapsed(-0.021m));
        Assert.Equal("与序时持平", ChineseFigures.VsElapsed(0.0004m));
        Assert.Equal("44.0个百分点", ChineseFigures.PointsOf(44.009m));
    }

    [Fact]
    public void Dates_read_as_documents_write_them()
    {
        Assert.Equal("2023年6月底", ChineseFigures.MonthEnd(new Period(2023, 6)));
        Assert.Equal("2023年7月5日", ChineseFigures.Date(new DateOnly(2023, 7, 5)));
    }

    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(12, "十二")]
    [InlineData(20, "二十")]
    [InlineData(46, "四十六")]
    public void Headings_count_in_Chinese_numerals(int number, string expected) => Assert.Equal(expected, ChineseFigures.Numeral(number));
}
