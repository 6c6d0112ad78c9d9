using System.Text.Json.Nodes;
using Minsheng.Engine.Documents;
using Minsheng.Engine.Model;

namespace Minsheng.Engine.Tests;

/// <summary>
/// A sub-indicator names the indicator it breaks down in the product's own field, indicators[]["x-minsheng"].of;
/// one that cannot be a part of it stays an indicator of its own, with a warning naming the path.
/// </summary>
public class Reading_sub_indicators
{
    private const string Extension = "$.categories[0].projects[0].indicators[1][\"x-minsheng\"].of";

    private static Plan Housing(Action<IndicatorBuilder>? part = null) => APlan.For(2024)
        .WithIndicator("01-01-1", 3200, i => i.Unit("套"))
        .WithIndicator("01-01-2", 1800, i => { i.Unit("套").Of("01-01-1"); part?.Invoke(i); })
        .Build();

    [Fact]
    public void A_sub_indicator_is_written_under_x_minsheng_and_read_back()
    {
        var plan = Housing();

        var written = JsonNode.Parse(PlanDocument.Write(plan))!.AsObject();
        var (read, warnings) = PlanDocument.Read(written.ToJsonString());

        Assert.Equal("01-01-1", written.Indicator(0, 0, 1)["x-minsheng"]!["of"]!.GetValue<string>());
        Assert.Null(written.Indicator(0, 0, 0)["x-minsheng"]);
        Assert.Empty(warnings);
        Assert.Equal([null, "01-01-1"], read.Indicators.Select(i => i.Of));
    }

    [Theory]
    [InlineData("\"01-01-9\"", "\"01-01-9\" is no indicator of the same project")]
    [InlineData("\"01-01-2\"", "an indicator cannot be a part of itself")]
    [InlineData("12", "must be the code of an indicator")]
    public void A_part_of_no_indicator_of_its_project_is_ignored_with_a_warning(string of, string message)
    {
        var json = Housing().Written(d => d.Indicator(0, 0, 1)["x-minsheng"] = new JsonObject { ["of"] = JsonNode.Parse(of) });

        var (read, warnings) = PlanDocument.Read(json);

        var warning = Assert.Single(warnings);
        Assert.Equal(Extension, warning.Path);
        Assert.Contains(message, warning.Message);
        Assert.All(read.Indicators, i => Assert.Null(i.Of));
    }

    [Fact]
    public void A_part_counted_otherwise_than_its_whole_or_larger_than_it_is_no_part()
    {
        foreach (var part in new Action<IndicatorBuilder>[] { i => i.Unit("户"), i => i.Level(), i => i.Down() })
        {
            var (read, warnings) = PlanDocument.Read(PlanDocument.Write(Housing(part)));
            Assert.Contains("the same kind, unit and direction", Assert.Single(warnings).Message);
            Assert.Null(read.Indicators.Last().Of);
        }
        var larger = APlan.For(2024).WithIndicator("01-01-1", 3200, i => i.Unit("套")).WithIndicator("01-01-2", 4000, i => i.Unit("套").Of("01-01-1")).Build();
        Assert.Contains("larger than that of its whole", Assert.Single(PlanDocument.Read(PlanDocument.Write(larger)).Warnings).Message);
    }

    [Fact]
    public void A_part_of_a_part_is_no_part()
    {
        var plan = APlan.For(2024)
            .WithIndicator("01-01-1", 3200, i => i.Unit("套"))
            .WithIndicator("01-01-2", 1800, i => i.Unit("套").Of("01-01-1"))
            .WithIndicator("01-01-3", 900, i => i.Unit("套").Of("01-01-2"))
            .Build();

        var (read, warnings) = PlanDocument.Read(PlanDocument.Write(plan));

        Assert.Contains("is itself a part of", Assert.Single(warnings).Message);
        Assert.Equal([null, "01-01-1", null], read.Indicators.Select(i => i.Of));
    }

    [Fact]
    public void A_whole_whose_own_part_was_ignored_keeps_its_parts()
    {
        var plan = APlan.For(2024)
            .WithIndicator("01-01-1", 3200, i => i.Unit("套").Of("01-01-9"))
            .WithIndicator("01-01-2", 1800, i => i.Unit("套").Of("01-01-1"))
            .Build();

        var (read, warnings) = PlanDocument.Read(PlanDocument.Write(plan));

        Assert.Contains("is no indicator of the same project", Assert.Single(warnings).Message);
        Assert.Equal([null, "01-01-1"], read.Indicators.Select(i => i.Of));
    }
}
