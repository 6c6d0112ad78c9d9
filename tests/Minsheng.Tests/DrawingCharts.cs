using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Minsheng.Data;
using Minsheng.Engine.Documents;
using Minsheng.Engine.Progress;
using Minsheng.Shared;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>The charts: ECharts served from the build, and the figures they draw written on the page as the engine computes them.</summary>
public partial class DrawingCharts
{
    private static readonly DateOnly DemoMonthEnd = new(2024, 9, 30);

    private static JsonElement ChartData(string page, string id)
    {
        var match = Regex.Match(page, $"<script type=\"application/json\" id=\"{id}\">(.*?)</script>", RegexOptions.Singleline);
        Assert.True(match.Success, $"No chart data #{id} on the page: {page}");
        return JsonDocument.Parse(match.Groups[1].Value).RootElement;
    }

    private static decimal? Figure(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetDecimal();

    private static decimal? Rounded(decimal? value) => value is { } v ? Numbers.Round(v) : null;

    [Theory]
    [InlineData("/lib/echarts/echarts.min.js", "echarts")]
    [InlineData("/js/charts.js", "dashboard-charts")]
    public async Task The_chart_scripts_are_served_from_the_build(string url, string content)
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();

        var response = await client.GetAsync(url);

        await Expect.Status(HttpStatusCode.OK, response);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(content, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_dashboard_writes_progress_by_category_and_district_and_money_by_source_as_the_engine_computes_them()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, demo: true);
        var summary = ProgressEngine.Summarize(Demo.DemoData.Plan(), DemoMonthEnd);

        var page = await app.GetTextAsync("/");
        var data = ChartData(page, "dashboard-charts");

        Assert.Equal(Rounded(summary.Elapsed), data.GetProperty("elapsed").GetDecimal());
        Assert.Equal("序时进度", data.GetProperty("labels").GetProperty("elapsed").GetString());
        Assert.Equal(
            summary.Categories.Select(c => (c.Name, Rounded(c.Progress))),
            data.GetProperty("categories").EnumerateArray().Select(c => (c.GetProperty("name").GetString()!, Figure(c.GetProperty("progress")))));
        Assert.Equal(
            summary.Districts.Where(d => d.Indicators > 0).Select(d => (d.Name, Rounded(d.Progress))),
            data.GetProperty("districts").EnumerateArray().Select(d => (d.GetProperty("name").GetString()!, Figure(d.GetProperty("progress")))));
        var money = summary.Overall.Investment;
        var funds = summary.Overall.Funds;
        Assert.Equal(
            new[] { money.Rate, funds.Rate, funds.BySource.City.Rate, funds.BySource.District.Rate, funds.BySource.Other.Rate }.Select(Rounded),
            data.GetProperty("money").EnumerateArray().Select(m => Figure(m.GetProperty("rate"))));
        Assert.Equal(ChineseFormat.Percent(money.Rate), data.GetProperty("money")[0].GetProperty("rateText").GetString());
        Assert.Equal(ChineseFormat.Percent(summary.Categories[0].Progress), data.GetProperty("categories")[0].GetProperty("progressText").GetString());
        Assert.Equal(money.Planned, data.GetProperty("money")[0].GetProperty("planned").GetDecimal());
        Assert.Equal(funds.BySource.City.Used, data.GetProperty("money")[2].GetProperty("done").GetDecimal());
        // Without JavaScript the chart boxes stay hidden and the tables remain.
        Assert.Contains("<figure class=\"card card-body h-100 chart-box\" hidden>", page);
        Assert.Contains("<h2>分类进展</h2>", page);
    }

    [Fact]
    public async Task A_project_page_writes_each_indicators_node_curve_and_reported_figures()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, demo: true);
        var plan = Demo.DemoData.Plan();
        var project = plan.Projects.Single(p => p.Code == "01-01");

        var page = await app.GetTextAsync("/plans/1/projects/01-01");
        var data = ChartData(page, "project-charts");

        Assert.Equal("1月", data.GetProperty("months")[0].GetString());
        var indicators = data.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(project.Indicators.Select(i => i.Code), indicators.Select(i => i.GetProperty("code").GetString()));
        foreach (var (indicator, chart) in project.Indicators.Zip(indicators))
        {
            Assert.Equal(Numbers.Round(indicator.Target), chart.GetProperty("target").GetDecimal());
            Assert.Equal(
                Enumerable.Range(1, 12).Select(m => Rounded(NodeCurve.At(indicator, plan.Settings.Curve, m))),
                chart.GetProperty("expected").EnumerateArray().Select(Figure));
            Assert.Equal(
                indicator.Nodes.OrderBy(n => n.Key).Select(n => (n.Key, Numbers.Round(n.Value))),
                chart.GetProperty("nodes").EnumerateArray().Select(n => (n.GetProperty("month").GetInt32(), n.GetProperty("value").GetDecimal())));
            // The latest whole-region row of each month up to September, nothing after.
            var reported = Enumerable.Range(1, 12).Select(m => m > 9 ? null : plan.IndicatorReports
                .LastOrDefault(r => r.Indicator == indicator.Code && r.District is null && r.Period.Month == m)?.Actual).Select(Rounded);
            Assert.Equal(reported, chart.GetProperty("reported").EnumerateArray().Select(Figure));
        }
        Assert.Contains(indicators, chart => chart.GetProperty("reported").EnumerateArray().Any(r => r.ValueKind != JsonValueKind.Null));
    }
}
