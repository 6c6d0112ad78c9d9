using System.Text.Json.Nodes;
using Minsheng.Engine.Documents;
using Minsheng.Engine.Model;

namespace Minsheng.Engine.Tests;

/// <summary>
/// Whether an indicator takes whole numbers is the product's own field, indicators[]["x-minsheng"].wholeNumbers:
/// written only where the office set it apart from what the unit says, and a wrong shape ignored with a warning.
/// </summary>
public class Reading_whole_numbers
{
    private const string Extension = "$.categories[0].projects[0].indicators[0][\"x-minsheng\"].wholeNumbers";

    private static Plan Households(Action<IndicatorBuilder>? configure = null) => APlan.For(2024)
        .WithIndicator("01-01-1", 700, i => { i.Unit("户"); configure?.Invoke(i); })
        .Reported("2024-06", "01-01-1", 350)
        .Build();

    [Fact]
    public void Without_the_field_the_unit_says_whether_figures_are_whole()
    {
        var json = Households().Written();

        var (read, warnings) = PlanDocument.Read(json);

        Assert.DoesNotContain("x-minsheng", json);
        Assert.Empty(warnings);
        Assert.True(read.Indicators.Single().WholeNumbers);
    }

    [Fact]
    public void Whole_numbers_set_apart_from_the_unit_are_written_under_x_minsheng_and_read_back()
    {
        var plan = Households(i => i.WholeNumbers(false));

        var written = JsonNode.Parse(PlanDocument.Write(plan))!.AsObject();
        var (read, warnings) = PlanDocument.Read(written.ToJsonString());

        Assert.False(written.Indicator(0, 0, 0)["x-minsheng"]!["wholeNumbers"]!.GetValue<bool>());
        Assert.Empty(warnings);
        Assert.False(read.Indicators.Single().WholeNumbers);
        Assert.Equal(PlanDocument.Write(plan), PlanDocument.Write(read));
    }

    [Theory]
    [InlineData("\"是\"")]
    [InlineData("0")]
    [InlineData("[true]")]
    [InlineData("{\"decimals\": 0}")]
    public void Whole_numbers_of_another_shape_are_ignored_with_a_warning_naming_its_path(string shape)
    {
        var json = Households().Written(d => d.Indicator(0, 0, 0)["x-minsheng"] = new JsonObject { ["wholeNumbers"] = JsonNode.Parse(shape) });

        var (read, warnings) = PlanDocument.Read(json);

        var warning = Assert.Single(warnings);
        Assert.Equal(Extension, warning.Path);
        Assert.StartsWith("ignored: must be true or false", warning.Message);
        Assert.True(read.Indicators.Single().WholeNumbers);
    }

    [Fact]
    public void A_milestone_set_to_take_decimals_is_ignored_with_a_warning()
    {
        var plan = APlan.For(2024).WithIndicator("01-01-1", 4, i => i.Stages("立项", "开工", "主体完工", "竣工")).Build();
        var json = plan.Written(d => d.Indicator(0, 0, 0)["x-minsheng"] = new JsonObject { ["wholeNumbers"] = false });

        var (read, warnings) = PlanDocument.Read(json);

        Assert.Equal(Extension, Assert.Single(warnings).Path);
        Assert.True(read.Indicators.Single().WholeNumbers);
    }

    [Fact]
    public void A_field_named_wholeNumbers_on_the_indicator_itself_is_another_systems_and_ignored()
    {
        var json = Households().Written(d => d.Indicator(0, 0, 0)["wholeNumbers"] = false);

        var (read, warnings) = PlanDocument.Read(json);

        Assert.Empty(warnings);
        Assert.True(read.Indicators.Single().WholeNumbers);
    }

    [Fact]
    public void A_count_unit_whose_figures_in_the_document_carry_decimals_takes_decimals()
    {
        var json = Households().Written(d => d.Report(0)["actual"] = 350.5m);

        var (read, warnings) = PlanDocument.Read(json);

        Assert.Empty(warnings);
        Assert.False(read.Indicators.Single().WholeNumbers);
        Assert.Equal(350.5m, read.IndicatorReports.Single().Actual);
    }

    [Fact]
    public void Whole_numbers_the_document_sets_against_its_own_figures_are_ignored_with_a_warning()
    {
        var plan = APlan.For(2024).WithIndicator("01-01-1", 195.5m, i => i.Unit("公里").WholeNumbers(true)).Build();

        var (read, warnings) = PlanDocument.Read(plan.Written());

        Assert.Equal(Extension, Assert.Single(warnings).Path);
        Assert.False(read.Indicators.Single().WholeNumbers);
    }
}
