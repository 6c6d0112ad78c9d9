using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Minsheng.Data;
using Minsheng.Problems;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>Bad JSON bodies get a 400 in Chinese naming the field, never a 500, and nothing is saved.</summary>
public class RefusingBadBodies
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ProblemOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Theory, BothProviders]
    public async Task A_null_inside_the_list_of_a_report_body_names_the_item_and_saves_nothing(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var id = await app.ImportAsync(SamplePlans.Lianyungang());
        var client = await app.AdminAsync();
        var rowsBefore = app.WithDb(db => db.IndicatorReports.Count());

        var response = await client.PostAsync($"/api/plans/{id}/reports",
            Json("""{"period":"2023-06","indicators":[{"code":"01-01-1","actual":3},null],"projects":[null]}"""));

        Assert.Contains("空值", (await Expect.ProblemNaming("indicators[1]", response))[0]);
        await Expect.ProblemNaming("projects[0]", response);
        Assert.Equal("请求内容无效，未保存任何内容。", (await ProblemOf(response)).GetProperty("title").GetString());
        Assert.Equal(rowsBefore, app.WithDb(db => db.IndicatorReports.Count()));
    }

    [Theory, BothProviders]
    public async Task A_problem_status_the_api_does_not_list_is_refused_and_the_stored_status_kept(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var id = await app.ImportAsync(SamplePlans.Lianyungang());
        var client = await app.AdminAsync();
        var raised = await client.PostAsJsonAsync($"/api/plans/{id}/problems?project=01-01", new RaiseProblemRequest(ProblemType.Funds, "配套资金未到位"), MinshengApp.Json);
        await Expect.Status(HttpStatusCode.Created, raised);
        var problemId = (await raised.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        foreach (var status in new[] { "-1", "99" })
        {
            var response = await client.PatchAsync($"/api/plans/{id}/problems/{problemId}", Json($$"""{"status":{{status}}}"""));
            Assert.Contains(status, (await Expect.ProblemNaming("status", response))[0]);
        }
        Assert.Equal(ProblemStatus.Open, app.WithDb(db => db.Problems.Single(p => p.Id == problemId).Status));
    }

    [Theory, BothProviders]
    public async Task A_problem_type_out_of_range_is_refused_when_raising(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var id = await app.ImportAsync(SamplePlans.Lianyungang());
        var client = await app.AdminAsync();

        var response = await client.PostAsync($"/api/plans/{id}/problems?project=01-01", Json("""{"type":-1,"description":"配套资金未到位"}"""));

        await Expect.ProblemNaming("type", response);
        Assert.Equal(0, app.WithDb(db => db.Problems.Count()));
    }

    [Theory, BothProviders]
    public async Task An_endless_text_in_a_problem_names_the_field(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var id = await app.ImportAsync(SamplePlans.Lianyungang());
        var client = await app.AdminAsync();

        var response = await client.PostAsJsonAsync($"/api/plans/{id}/problems?project=01-01",
            new RaiseProblemRequest(ProblemType.Funds, "配套资金未到位", Measures: new string('措', Api.BodyShape.MaxText + 1)), MinshengApp.Json);

        Assert.Contains(Api.BodyShape.MaxText.ToString(), (await Expect.ProblemNaming("measures", response))[0]);
        Assert.Equal(0, app.WithDb(db => db.Problems.Count()));
    }

    [Fact]
    public async Task A_list_longer_than_the_limit_is_refused_before_the_handler()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var id = await app.ImportAsync(SamplePlans.Lianyungang());
        var client = await app.AdminAsync();
        var items = string.Join(',', Enumerable.Repeat("""{"code":"01-01-1","actual":1}""", Api.BodyShape.MaxItems + 1));

        var response = await client.PostAsync($"/api/plans/{id}/reports", Json($$"""{"period":"2023-06","indicators":[{{items}}]}"""));

        await Expect.ProblemNaming("indicators", response);
    }

    [Theory, BothProviders]
    public async Task A_plan_document_with_invalid_utf8_is_refused_naming_the_field(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var json = Engine.Documents.PlanDocument.Write(SamplePlans.Lianyungang()).Replace("\"region\": \"连云港市\"", "\"region\": \"BAD\"");
        var parts = json.Split("BAD");
        byte[] body = [.. Encoding.UTF8.GetBytes(parts[0]), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(parts[1])];
        var client = await app.AdminAsync();

        var response = await client.PostAsync("/api/plans", new ByteArrayContent(body) { Headers = { ContentType = new("application/json") } });

        await Expect.ProblemNaming("$.region", response);
        Assert.Equal("计划文件无效，未保存任何内容。", (await ProblemOf(response)).GetProperty("title").GetString());
        Assert.Equal(0, app.WithDb(db => db.Plans.Count()));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_in_chinese()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var id = await app.ImportAsync(SamplePlans.Lianyungang());
        var client = await app.AdminAsync();

        var response = await client.PostAsync($"/api/plans/{id}/reports", Json("nonsense"));

        Assert.Contains("JSON", (await Expect.ProblemNaming("body", response))[0]);
        Assert.Equal("请求内容无效，未保存任何内容。", (await ProblemOf(response)).GetProperty("title").GetString());
    }
}
