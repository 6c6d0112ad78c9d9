using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minsheng.Data;
using Minsheng.Engine.Documents;
using Minsheng.Reporting;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>
/// docs/rules.md, "Figures as they are written": an indicator counting whole things (所, 人次) takes whole
/// numbers, set from its unit on import and changed by the office; a fraction is refused wherever it comes in.
/// </summary>
public class CountingWholeThings
{
    private static SubmitMonthRequest July(params IndicatorFigure[] figures) => new("2023-07", null, figures.ToList(), null);

    private static async Task<HttpResponseMessage> Change(MinshengApp app, int id, string code, object body) =>
        await (await app.AdminAsync()).PatchAsJsonAsync($"/api/plans/{id}/indicators/{code}", body, MinshengApp.Json);

    [Theory, BothProviders]
    public async Task A_whole_count_indicator_refuses_a_fractional_actual(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var id = await app.ImportAsync(SamplePlans.Lianyungang());
        var rowsBefore = app.WithDb(db => db.IndicatorReports.Count());

        var response = await app.SubmitMonthAsync(id, July(
            new IndicatorFigure("01-01-1", 4.5m),
            new IndicatorFigure("01-01-1", 2.5m, "海州区"),
            new IndicatorFigure("02-02-1", 12_000.25m),
            new IndicatorFigure("02-01-2", 4.15m)));

        Assert.Contains("所 为整数计量单位，不能填报 4.5", await Expect.ProblemNaming("indicators[0].actual", response));
        Assert.Contains("所 为整数计量单位，不能填报 2.5", await Expect.ProblemNaming("indicators[1].actual", response));
        Assert.Contains("人次 为整数计量单位，不能填报 12000.25", await Expect.ProblemNaming("indicators[2].actual", response));
        Assert.Equal(rowsBefore, app.WithDb(db => db.IndicatorReports.Count()));
    }

    [Theory, BothProviders]
    public async Task A_figure_in_a_unit_that_carries_decimals_is_saved_with_them(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var id = await app.ImportAsync(SamplePlans.Lianyungang());

        await Expect.Status(HttpStatusCode.OK, await app.SubmitMonthAsync(id, July(new IndicatorFigure("02-01-2", 4.15m), new IndicatorFigure("01-01-1", 4))));

        Assert.Contains(4.15m, app.WithDb(db => db.IndicatorReports.Select(r => r.Actual).ToList()));
    }

    [Theory, BothProviders]
    public async Task Whole_numbers_are_set_from_the_unit_on_import_and_the_office_changes_them(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var id = await app.ImportAsync(SamplePlans.Lianyungang());
        async Task<bool> Whole(string code) => (await app.GetJsonAsync($"/api/plans/{id}/indicators/{code}")).GetProperty("wholeNumbers").GetBoolean();

        var imported = (await Whole("01-01-1"), await Whole("01-01-2"), await Whole("02-02-1"), await Whole("02-01-2"));
        var freed = await Change(app, id, "01-01-1", new { wholeNumbers = false });
        var fraction = await app.SubmitMonthAsync(id, July(new IndicatorFigure("01-01-1", 4.5m)));
        var document = JsonDocument.Parse(await app.GetTextAsync($"/api/plans/{id}/document")).RootElement;
        var backToWhole = await Change(app, id, "01-01-1", new { wholeNumbers = true });
        var milestone = await Change(app, id, "01-01-2", new { wholeNumbers = false });
        var unknown = await Change(app, id, "09-09-9", new { wholeNumbers = true });

        Assert.Equal((true, true, true, false), imported);
        await Expect.Status(HttpStatusCode.OK, freed);
        Assert.False((await freed.Content.ReadFromJsonAsync<JsonElement>(MinshengApp.Json)).GetProperty("wholeNumbers").GetBoolean());
        await Expect.Status(HttpStatusCode.OK, fraction);
        Assert.False(await Whole("01-01-1"));
        var indicator = document.GetProperty("categories")[0].GetProperty("projects")[0].GetProperty("indicators")[0];
        Assert.False(indicator.GetProperty("x-minsheng").GetProperty("wholeNumbers").GetBoolean());
        Assert.Contains("2023年7月 累计数（4.5）有小数", (await Expect.ProblemNaming("wholeNumbers", backToWhole))[0]);
        Assert.False(await Whole("01-01-1"));
        Assert.Contains("节点类指标", (await Expect.ProblemNaming("wholeNumbers", milestone))[0]);
        await Expect.Status(HttpStatusCode.NotFound, unknown);
    }

    [Theory, BothProviders]
    public async Task A_plan_document_that_sets_whole_numbers_apart_from_the_unit_is_stored_so(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var plan = SamplePlans.Lianyungang();
        var json = System.Text.Json.Nodes.JsonNode.Parse(PlanDocument.Write(plan))!;
        json["categories"]![1]!["projects"]![0]!["indicators"]![0]!["x-minsheng"] = new System.Text.Json.Nodes.JsonObject { ["wholeNumbers"] = false };

        var response = await app.PostPlanDocumentAsync(json.ToJsonString());

        await Expect.Status(HttpStatusCode.Created, response);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(MinshengApp.Json)).GetProperty("id").GetInt32();
        Assert.False((await app.GetJsonAsync($"/api/plans/{id}/indicators/02-01-1")).GetProperty("wholeNumbers").GetBoolean());
        Assert.True(app.WithDb(db => db.Indicators.Single(i => i.PlanId == id && i.Code == "01-01-1").WholeNumbers));
    }

    private static string Tags(string page) => System.Text.RegularExpressions.Regex.Replace(page, @">\s+<", "><");

    private static string Row(string page, string indicator)
    {
        var start = page.IndexOf($"<tr data-indicator=\"{indicator}\"", StringComparison.Ordinal);
        return page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task The_form_offers_a_whole_count_the_digit_keypad_and_a_milestone_its_stages_by_name()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var id = await app.ImportAsync(SamplePlans.Lianyungang());

        var january = Tags(await app.GetTextAsync($"/report?plan={id}&month=2023-01&unit={Uri.EscapeDataString("市教育局")}"));
        var july = Tags(await app.GetTextAsync($"/report?plan={id}&month=2023-07&unit={Uri.EscapeDataString("市教育局")}"));

        Assert.Contains("inputmode=\"numeric\"", Row(july, "01-01-1"));
        // 8 schools on the line to 2 in June: a third of one is due in January, written as the one that meets it.
        Assert.Contains("<td data-node data-label=\"节点目标\">1</td>", Row(january, "01-01-1"));
        var milestone = Row(july, "01-01-2");
        Assert.Contains("<td data-label=\"年度目标\" class=\"line-target\">竣工</td>", milestone);
        Assert.Contains("<td data-node data-label=\"节点目标\">开工</td>", milestone);
        Assert.Contains("<td data-last-month data-label=\"上月累计\">开工</td>", milestone);
        Assert.Contains("<select name=\"Figures[1].Actual\"", milestone);
        Assert.Contains("<option value=\"0\">未启动</option><option value=\"1\">立项</option><option value=\"2\">开工</option><option value=\"3\">主体完工</option><option value=\"4\">竣工</option>", milestone);
        Assert.Contains("<td data-node data-label=\"节点目标\">未启动</td>", Row(january, "01-01-2"));
    }

    [Fact]
    public async Task A_whole_count_indicator_on_the_form_refuses_a_fractional_actual_and_a_stage_is_chosen_by_name()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var id = await app.ImportAsync(SamplePlans.Lianyungang());
        var client = await app.AdminAsync();
        var url = $"/report?plan={id}&month=2023-07&unit={Uri.EscapeDataString("市教育局")}";
        var rowsBefore = app.WithDb(db => db.IndicatorReports.Count());

        async Task<string> Post(string schools, string stage) => await (await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Figures[0].Code"] = "01-01-1", ["Figures[0].Actual"] = schools, ["Figures[1].Code"] = "01-01-2", ["Figures[1].Actual"] = stage,
            ["__RequestVerificationToken"] = PageForm.Token(await client.GetStringAsync(url)),
        }))).Content.ReadAsStringAsync();

        var refused = await Post("4.5", "3");
        var rowsAfterRefused = app.WithDb(db => db.IndicatorReports.Count());
        await Post("4", "3");

        Assert.Contains("所 为整数计量单位，不能填报 4.5", refused);
        Assert.Equal(rowsBefore, rowsAfterRefused);
        var saved = app.WithDb(db => db.IndicatorReports.Where(r => r.Year == 2023 && r.Month == 7).OrderBy(r => r.Id).Select(r => r.Actual).ToList());
        Assert.Equal([4m, 3m], saved);
        Assert.Contains("<option value=\"3\" selected=\"selected\">主体完工</option>", Tags(await client.GetStringAsync(url)));
    }

    [Fact]
    public async Task The_project_page_writes_nodes_at_the_indicators_precision_and_a_milestone_by_its_stages()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var id = await app.ImportAsync(SamplePlans.Lianyungang());

        var page = Tags(await app.GetTextAsync($"/plans/{id}/projects/01-01"));

        var schools = page[page.IndexOf("id=\"01-01-1\"", StringComparison.Ordinal)..page.IndexOf("id=\"01-01-2\"", StringComparison.Ordinal)];
        var works = page[page.IndexOf("id=\"01-01-2\"", StringComparison.Ordinal)..];
        Assert.Contains("<tr><th>节点目标</th><td>1</td><td>1</td><td>1</td><td>2</td><td>2</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td><td>8</td></tr>", schools);
        Assert.Contains("<tr><th>节点目标</th><td>未启动</td><td>立项</td><td>开工</td><td>开工</td><td>开工</td><td>开工</td><td>开工</td><td>开工</td><td>主体完工</td><td>主体完工</td><td>主体完工</td><td>竣工</td></tr>", works);
        Assert.Contains("<span data-written=\"actual\">开工</span>", works);
        Assert.Contains("<span data-written=\"node\">开工</span>", works);
        Assert.Contains("name=\"wholeNumbers\"", schools);
        Assert.DoesNotContain("name=\"wholeNumbers\"", works[..works.IndexOf("</section>", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task The_office_sets_an_indicator_to_take_decimals_on_the_project_page()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var id = await app.ImportAsync(SamplePlans.Lianyungang());
        var client = await app.AdminAsync();
        var page = await client.GetStringAsync($"/plans/{id}/projects/01-01");

        var response = await client.PostAsync($"/plans/{id}/projects/01-01?handler=WholeNumbers&indicator=01-01-1",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = PageForm.Token(page) }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(app.WithDb(db => db.Indicators.Single(i => i.PlanId == id && i.Code == "01-01-1").WholeNumbers));
        Assert.Contains("已改为可填报小数", await client.GetStringAsync($"/plans/{id}/projects/01-01"));
    }
}
