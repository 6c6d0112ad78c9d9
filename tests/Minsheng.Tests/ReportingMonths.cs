using System.Net;
using System.Text;
using Minsheng.Data;
using Minsheng.Reporting;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

public class ReportingMonths
{
    private static SubmitMonthRequest July(params IndicatorFigure[] figures) => new("2023-07", "市教育局", figures.ToList(), null);

    [Theory, BothProviders]
    public async Task A_month_of_several_indicators_is_saved_in_one_request(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var id = await app.ImportAsync(SamplePlans.Lianyungang());

        var response = await app.SubmitMonthAsync(id, new SubmitMonthRequest("2023-07", "市教育局",
            [new IndicatorFigure("01-01-1", 4, null, "新开工1所"), new IndicatorFigure("01-01-1", 3, "海州区", null), new IndicatorFigure("01-01-2", 3, null, null)],
            [new ProjectFigures("01-01", 260_000_000, new FundsFigures(60_000_000, 150_000_000, 40_000_000), null)]));

        await Expect.Status(HttpStatusCode.OK, response);
        await app.PublishAsync(id, "2023-07");
        var summary = await app.GetJsonAsync($"/api/plans/{id}/summary?asOf=2023-07-31");
        var project = summary.GetProperty("projects").EnumerateArray().Single(p => p.GetProperty("code").GetString() == "01-01");
        var indicators = project.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("code").GetString()!);
        Assert.Equal(4, indicators["01-01-1"].GetProperty("actual").GetDecimal());
        Assert.Equal(3, indicators["01-01-2"].GetProperty("actual").GetDecimal());
        Assert.Equal(260_000_000, project.GetProperty("investment").GetProperty("completed").GetDecimal());
        Assert.Equal(3, indicators["01-01-1"].GetProperty("districts")[0].GetProperty("actual").GetDecimal());
    }

    [Theory, BothProviders]
    public async Task Reports_are_history_a_second_report_adds_a_row_and_the_latest_counts(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var id = await app.ImportAsync(SamplePlans.Lianyungang());

        await Expect.Status(HttpStatusCode.OK, await app.SubmitMonthAsync(id, July(new IndicatorFigure("01-01-1", 4, null, null))));
        await Expect.Status(HttpStatusCode.OK, await app.SubmitMonthAsync(id, July(new IndicatorFigure("01-01-1", 5, null, "更正"))));

        await app.PublishAsync(id, "2023-07");
        var rows = await app.GetJsonAsync($"/api/plans/{id}/reports?indicator=01-01-1&period=2023-07");
        Assert.Equal([4m, 5m], rows.EnumerateArray().Select(r => r.GetProperty("actual").GetDecimal()));
        var indicator = await app.GetJsonAsync($"/api/plans/{id}/indicators/01-01-1?asOf=2023-07-31");
        Assert.Equal(5, indicator.GetProperty("progress").GetProperty("actual").GetDecimal());
        var history = indicator.GetProperty("history").EnumerateArray().Where(h => h.GetProperty("period").GetString() == "2023-07").ToList();
        Assert.Equal([false, true], history.Select(h => h.GetProperty("current").GetBoolean()));
        // The body names 市教育局, but the history shows the account that signed in.
        Assert.StartsWith("admin-", history[1].GetProperty("submittedBy").GetString());
        var curve = indicator.GetProperty("expectedByMonth").EnumerateArray().Select(n => n.GetDecimal()).ToList();
        Assert.Equal([0.3333m, 0.6667m, 1, 1.3333m, 1.6667m, 2, 3, 4, 5, 6, 7, 8], curve);
    }

    [Theory, BothProviders]
    public async Task Invalid_figures_save_nothing_and_each_error_names_its_field(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var id = await app.ImportAsync(SamplePlans.Lianyungang());
        var rowsBefore = app.WithDb(db => db.IndicatorReports.Count());

        var response = await app.SubmitMonthAsync(id, new SubmitMonthRequest("2023-07", null,
        [
            new IndicatorFigure("01-01-1", 4, null, null),
            new IndicatorFigure("09-09-9", 1, null, null),
            new IndicatorFigure("02-01-1", -5, null, null),
            new IndicatorFigure("01-01-2", 7, null, null),
            new IndicatorFigure("01-01-1", 2, "东海县", null),
        ], [new ProjectFigures("01-01", -1, null, null)]));

        Assert.Contains("没有编号为“09-09-9”的指标", (await Expect.ProblemNaming("indicators[1].code", response))[0]);
        await Expect.ProblemNaming("indicators[2].actual", response);
        await Expect.ProblemNaming("indicators[3].actual", response);
        await Expect.ProblemNaming("indicators[4].district", response);
        await Expect.ProblemNaming("projects[0].investment", response);
        Assert.Equal(rowsBefore, app.WithDb(db => db.IndicatorReports.Count()));
    }

    [Theory, BothProviders]
    public async Task A_cumulative_figure_below_last_months_or_far_above_the_target_needs_a_reason(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var id = await app.ImportAsync(SamplePlans.Lianyungang());

        var falling = await app.SubmitMonthAsync(id, July(new IndicatorFigure("01-01-1", 2), new IndicatorFigure("02-01-1", 400_000)));
        var explained = await app.SubmitMonthAsync(id, July(new IndicatorFigure("01-01-1", 2, Note: "核减1所：验收未通过")));

        Assert.Contains("低于 2023年6月 的累计数（3）", (await Expect.ProblemNaming("indicators[0].actual", falling))[0]);
        Assert.Contains("超过年度目标（127000）的 3 倍", (await Expect.ProblemNaming("indicators[1].actual", falling))[0]);
        await Expect.Status(HttpStatusCode.OK, explained);
    }

    [Theory, BothProviders]
    public async Task A_month_outside_the_plan_year_is_refused(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var id = await app.ImportAsync(SamplePlans.Lianyungang());

        var response = await app.SubmitMonthAsync(id, July(new IndicatorFigure("01-01-1", 4, null, null)) with { Period = "2024-01" });

        Assert.Contains("不在计划年度 2023 内", (await Expect.ProblemNaming("period", response))[0]);
    }

    [Theory, BothProviders]
    public async Task A_figure_that_is_not_a_number_is_a_problem_naming_the_field(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var id = await app.ImportAsync(SamplePlans.Lianyungang());
        var client = await app.AdminAsync();
        const string body = """{ "period": "2023-07", "indicators": [ { "code": "01-01-1", "actual": "很多" } ] }""";

        var response = await client.PostAsync($"/api/plans/{id}/reports", new StringContent(body, Encoding.UTF8, "application/json"));

        await Expect.ProblemNaming("indicators[0].actual", response);
    }

    [Theory, BothProviders]
    public async Task A_body_that_is_not_json_is_a_problem(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var id = await app.ImportAsync(SamplePlans.Lianyungang());
        var client = await app.AdminAsync();

        var response = await client.PostAsync($"/api/plans/{id}/reports", new StringContent("{ period: ", Encoding.UTF8, "application/json"));

        await Expect.Status(HttpStatusCode.BadRequest, response);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory, BothProviders]
    public async Task Reporting_on_a_plan_that_does_not_exist_is_not_found(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);

        var response = await app.SubmitMonthAsync(404, July(new IndicatorFigure("01-01-1", 4, null, null)));

        await Expect.Status(HttpStatusCode.NotFound, response);
    }
}
