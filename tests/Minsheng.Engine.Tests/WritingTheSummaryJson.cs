using System.Text.Json;
using Minsheng.Engine.Documents;

namespace Minsheng.Engine.Tests;

/// <summary>SummaryJson: the spec's field names, rates as fractions to four decimals, periods as "2023-05", null rates as null.</summary>
public class Writing_the_summary_json
{
    // 01-01-1: 10 of 15, ahead of the June node 7.5; 01-01-2: 8 of 8 in May (completed); 01-01-3: target 0 (null rate).
    private static JsonElement SummaryJsonOfJune()
    {
        var plan = APlan.For(2023)
            .WithCategory("01", c => c.WithProject("01-01", p => p.Lead("市教育局").Investment(100).Funds(city: 100)
                .WithIndicator("01-01-1", 15, i => i.Unit("所").District("海州区", 15))
                .WithIndicator("01-01-2", 8)
                .WithIndicator("01-01-3", 0)), name: "教育惠民")
            .Reported("2023-06", "01-01-1", 10)
            .Reported("2023-05", "01-01-2", 8)
            .Reported("2023-06", "01-01-1", 10, district: "海州区")
            .Spent("2023-06", "01-01", investment: 60)
            .Build();
        return JsonDocument.Parse(SummaryJson.Write(plan.At("2023-06-30"))).RootElement.Clone();
    }

    private static JsonElement Indicator(JsonElement summary, int index) => summary.GetProperty("projects")[0].GetProperty("indicators")[index];

    [Fact]
    public void As_of_and_elapsed_are_written_at_the_top()
    {
        var json = SummaryJsonOfJune();

        Assert.Equal("2023-06-30", json.GetProperty("asOf").GetString());
        Assert.Equal(0.5m, json.GetProperty("elapsed").GetDecimal());
    }

    [Fact]
    public void Overall_status_counts_are_named_as_in_the_spec()
    {
        var status = SummaryJsonOfJune().GetProperty("overall").GetProperty("status");

        Assert.Equal(0, status.GetProperty("onSchedule").GetInt32());
        Assert.Equal(1, status.GetProperty("ahead").GetInt32());
        Assert.Equal(0, status.GetProperty("completed").GetInt32());
        Assert.Equal(0, status.GetProperty("behind").GetInt32());
    }

    [Fact]
    public void Overall_and_category_carry_counts_progress_and_money()
    {
        var json = SummaryJsonOfJune();
        var overall = json.GetProperty("overall");
        var category = json.GetProperty("categories")[0];

        Assert.Equal(1, overall.GetProperty("categories").GetInt32());
        Assert.Equal(3, overall.GetProperty("indicators").GetInt32());
        Assert.Equal(0.1m, overall.GetProperty("investment").GetProperty("vsElapsed").GetDecimal());
        Assert.Equal(100m, overall.GetProperty("funds").GetProperty("bySource").GetProperty("city").GetProperty("planned").GetDecimal());
        Assert.Equal("教育惠民", category.GetProperty("name").GetString());
        Assert.Equal(1, category.GetProperty("projects").GetInt32());
    }

    [Fact]
    public void Status_and_light_are_written_in_camel_case()
    {
        var json = SummaryJsonOfJune();

        Assert.Equal("ahead", Indicator(json, 0).GetProperty("status").GetString());
        Assert.Equal("green", Indicator(json, 0).GetProperty("light").GetString());
        Assert.Equal("completed", Indicator(json, 1).GetProperty("status").GetString());
    }

    [Fact]
    public void Completed_in_is_written_as_a_month()
    {
        var json = SummaryJsonOfJune();

        Assert.Equal("2023-05", Indicator(json, 1).GetProperty("completedIn").GetString());
        Assert.Equal(JsonValueKind.Null, Indicator(json, 0).GetProperty("completedIn").ValueKind);
    }

    [Fact]
    public void Rates_are_fractions_rounded_to_four_decimals()
    {
        var json = SummaryJsonOfJune();

        Assert.Equal("0.6667", Indicator(json, 0).GetProperty("rate").GetRawText());
        Assert.Equal("0.6", json.GetProperty("overall").GetProperty("investment").GetProperty("rate").GetRawText());
    }

    [Fact]
    public void Null_rates_are_written_as_null()
    {
        var json = SummaryJsonOfJune();

        Assert.Equal(JsonValueKind.Null, Indicator(json, 2).GetProperty("rate").ValueKind);
        Assert.Equal(JsonValueKind.Null,
            json.GetProperty("overall").GetProperty("funds").GetProperty("bySource").GetProperty("district").GetProperty("rate").ValueKind);
    }

    [Fact]
    public void Project_entries_name_their_category_lead_and_indicators()
    {
        var project = SummaryJsonOfJune().GetProperty("projects")[0];

        Assert.Equal("01-01", project.GetProperty("code").GetString());
        Assert.Equal("01", project.GetProperty("category").GetString());
        Assert.Equal("市教育局", project.GetProperty("lead").GetString());
        Assert.Equal("所", project.GetProperty("indicators")[0].GetProperty("unit").GetString());
        Assert.Equal(15m, project.GetProperty("indicators")[0].GetProperty("target").GetDecimal());
        Assert.Equal(7.5m, project.GetProperty("indicators")[0].GetProperty("node").GetDecimal());
    }

    [Fact]
    public void Districts_and_units_are_listed_by_name()
    {
        var json = SummaryJsonOfJune();
        var district = json.GetProperty("districts")[0];
        var unit = json.GetProperty("units")[0];

        Assert.Equal("海州区", district.GetProperty("name").GetString());
        Assert.Equal(1, district.GetProperty("indicators").GetInt32());
        Assert.Equal("0.6667", district.GetProperty("progress").GetRawText());
        Assert.Equal("市教育局", unit.GetProperty("name").GetString());
        Assert.Equal(1, unit.GetProperty("projects").GetInt32());
        Assert.Equal(0, unit.GetProperty("behind").GetInt32());
    }
}
