using System.Globalization;
using Minsheng.Engine.Imports.Targets;

namespace Minsheng.Engine.Tests.Imports.Targets;

public class Reading_a_number_in_Chinese_text
{
    private static decimal Read(string text)
    {
        Assert.True(ChineseNumber.TryParse(text, out var value), $"{text} was not read");
        return value;
    }

    [Theory]
    [InlineData("十", "10")]
    [InlineData("十二", "12")]
    [InlineData("二十三", "23")]
    [InlineData("一百五十", "150")]
    [InlineData("一百零五", "105")]
    [InlineData("二百零五", "205")]
    [InlineData("一千零二十", "1020")]
    [InlineData("两千", "2000")]
    [InlineData("两万", "20000")]
    [InlineData("一万二千", "12000")]
    [InlineData("两万五千", "25000")]
    [InlineData("十二万", "120000")]
    [InlineData("三千五百万", "35000000")]
    [InlineData("一亿二千万", "120000000")]
    [InlineData("三亿零五万", "300050000")]
    public void Chinese_numerals_read_as_their_value(string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), Read(text));
    }

    [Theory]
    [InlineData("零")]
    [InlineData("〇")]
    public void Zero_is_read_in_either_character(string text)
    {
        Assert.Equal(0m, Read(text));
    }

    [Theory]
    [InlineData("一百五", "150")]
    [InlineData("一千二", "1200")]
    [InlineData("两万五", "25000")]
    public void Trailing_digit_after_a_unit_counts_a_tenth_of_it(string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), Read(text));
    }

    [Fact]
    public void Digit_by_digit_numeral_with_a_circle_zero_reads_positionally()
    {
        Assert.Equal(2024m, Read("二〇二四"));
    }

    [Theory]
    [InlineData("2170", "2170")]
    [InlineData("12.7", "12.7")]
    [InlineData("1,200", "1200")]
    [InlineData("12,345,678.5", "12345678.5")]
    [InlineData("１２０", "120")]
    [InlineData("１，５００", "1500")]
    [InlineData("96.9", "96.9")]
    public void Arabic_figures_read_with_separators_decimals_and_full_width_digits(string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), Read(text));
    }

    [Theory]
    [InlineData("2.3万", "23000")]
    [InlineData("12.7万", "127000")]
    [InlineData("3.6亿", "360000000")]
    [InlineData("1.2万亿", "1200000000000")]
    public void Arabic_figure_carrying_wan_or_yi_is_scaled(string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), Read(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("十四五")]
    [InlineData("八九十")]
    [InlineData("五一")]
    [InlineData("百")]
    [InlineData("万")]
    [InlineData("百万")]
    [InlineData("一零")]
    [InlineData("1,20")]
    [InlineData("12.")]
    [InlineData("DN400")]
    [InlineData("万景街")]
    public void What_is_no_number_is_refused(string text)
    {
        Assert.False(ChineseNumber.TryParse(text, out _));
    }
}
