using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Minsheng.Data;
using Minsheng.Engine.Documents;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

public class StoringPlans
{
    [Theory, BothProviders]
    public async Task Stored_plan_exports_as_the_document_it_was_imported_from(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var plan = SamplePlans.Lianyungang();
        var id = await app.ImportAsync(plan);

        var exported = PlanDocument.Read(await app.GetTextAsync($"/api/plans/{id}/document")).Plan;

        Assert.Equal(PlanDocument.Write(plan with { IndicatorReports = [], ProjectReports = [] }),
            PlanDocument.Write(exported with { IndicatorReports = [], ProjectReports = [] }));
        foreach (var asOf in new[] { "2023-03-31", "2023-06-30", "2023-12-31" })
        {
            var date = DateOnly.Parse(asOf);
            Assert.Equal(SummaryJson.Write(ProgressEngine.Summarize(plan, date)), SummaryJson.Write(ProgressEngine.Summarize(exported, date)));
        }
    }

    [Theory, BothProviders]
    public async Task Export_keeps_only_the_latest_row_for_a_month(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var id = await app.ImportAsync(SamplePlans.Lianyungang());

        var exported = PlanDocument.Read(await app.GetTextAsync($"/api/plans/{id}/document")).Plan;

        var june = Assert.Single(exported.IndicatorReports, r => r.Indicator == "01-01-1" && r.District is null && r.Period.Month == 6);
        Assert.Equal(3, june.Actual);
        Assert.Equal("更正", june.Note);
    }

    [Theory, BothProviders]
    public async Task Summary_endpoint_returns_the_engines_figures_in_the_specs_shape(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var plan = SamplePlans.Lianyungang();
        var id = await app.ImportAsync(plan);

        var served = JsonNode.Parse(await app.GetTextAsync($"/api/plans/{id}/summary?asOf=2023-06-30"));

        var expected = JsonNode.Parse(SummaryJson.Write(ProgressEngine.Summarize(plan, new DateOnly(2023, 6, 30))));
        Assert.True(JsonNode.DeepEquals(expected, served), served?.ToJsonString());
        Assert.Equal(0.5m, served!["elapsed"]!.GetValue<decimal>());
        Assert.Equal(0.4363m, served["overall"]!["investment"]!["rate"]!.GetValue<decimal>());
    }

    [Theory, BothProviders]
    public async Task Summary_without_a_date_stands_at_the_latest_reported_month(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var id = await app.ImportAsync(SamplePlans.Lianyungang());

        var summary = await app.GetJsonAsync($"/api/plans/{id}/summary");

        Assert.Equal("2023-06-30", summary.GetProperty("asOf").GetString());
    }

    [Theory, BothProviders]
    public async Task Summary_with_a_bad_date_is_a_problem_naming_asOf(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var id = await app.ImportAsync(SamplePlans.Lianyungang());
        var client = await app.AdminAsync();

        await Expect.ProblemNaming("asOf", await client.GetAsync($"/api/plans/{id}/summary?asOf=30/06/2023"));
    }

    [Theory, BothProviders]
    public async Task Invalid_document_saves_nothing_and_names_each_bad_path(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var document = JsonNode.Parse(PlanDocument.Write(SamplePlans.Lianyungang()))!;
        document["reports"]![0]!["indicator"] = "09-09-9";
        document["categories"]![0]!["projects"]![0]!["indicators"]![0]!.AsObject().Remove("target");

        var response = await app.PostPlanDocumentAsync(document.ToJsonString());

        var messages = await Expect.ProblemNaming("$.reports[0].indicator", response);
        Assert.Contains("unknown indicator code", messages[0]);
        await Expect.ProblemNaming("$.categories[0].projects[0].indicators[0].target", await app.PostPlanDocumentAsync(document.ToJsonString()));
        Assert.Equal(0, app.WithDb(db => db.Plans.Count()));
        Assert.Equal(0, app.WithDb(db => db.Indicators.Count()));
    }

    [Theory, BothProviders]
    public async Task A_field_of_another_shape_under_an_extensions_name_imports_with_a_warning_naming_its_path(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var document = JsonNode.Parse(PlanDocument.Write(SamplePlans.Lianyungang()))!;
        document["settings"]!["escalation"] = "每月一次";
        document["publisher"] = new JsonObject { ["name"] = "市政府督查室", ["tags"] = new JsonArray(1, null, "二") };

        var response = await app.PostPlanDocumentAsync(document.ToJsonString());

        await Expect.Status(HttpStatusCode.Created, response);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var warning = Assert.Single(created.GetProperty("warnings").EnumerateArray());
        Assert.Equal("$.settings.escalation", warning.GetProperty("path").GetString());
        Assert.Contains("the string \"每月一次\"", warning.GetProperty("message").GetString());
        var id = created.GetProperty("id").GetInt32();
        Assert.Same(PlanSettings.DefaultEscalation, PlanDocument.Read(await app.GetTextAsync($"/api/plans/{id}/document")).Plan.Settings.EscalationRules);
    }

    [Theory, BothProviders]
    public async Task The_products_extensions_import_without_warnings_and_export_under_x_minsheng(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var plan = SamplePlans.Lianyungang();
        plan = plan with { Settings = plan.Settings with { Escalation = [new EscalationRule(2, Light.Red, 2)] } };

        var response = await app.PostPlanDocumentAsync(PlanDocument.Write(plan));

        await Expect.Status(HttpStatusCode.Created, response);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Empty(created.GetProperty("warnings").EnumerateArray());
        var exported = JsonNode.Parse(await app.GetTextAsync($"/api/plans/{created.GetProperty("id").GetInt32()}/document"))!;
        Assert.Equal("red", exported["settings"]!["x-minsheng"]!["escalation"]![0]!["light"]!.GetValue<string>());
        Assert.Null(exported["settings"]!["escalation"]);
    }

    [Theory, BothProviders]
    public async Task Importing_a_region_and_year_already_stored_conflicts_and_saves_nothing(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        await app.ImportAsync(SamplePlans.Lianyungang());
        var rowsBefore = app.WithDb(db => db.IndicatorReports.Count());

        var response = await app.PostPlanDocumentAsync(PlanDocument.Write(SamplePlans.Lianyungang()));

        await Expect.Status(HttpStatusCode.Conflict, response);
        Assert.Equal(1, app.WithDb(db => db.Plans.Count()));
        Assert.Equal(rowsBefore, app.WithDb(db => db.IndicatorReports.Count()));
    }

    [Theory, BothProviders]
    public async Task Plans_of_two_regions_are_listed_apart(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        await app.ImportAsync(SamplePlans.Lianyungang());
        await app.ImportAsync(SamplePlans.Lianyungang("海州区"));

        var plans = await app.GetJsonAsync("/api/plans");

        Assert.Equal(["海州区", "连云港市"], plans.EnumerateArray().Select(p => p.GetProperty("region").GetString()).Order());
        Assert.All(plans.EnumerateArray(), p => Assert.Equal(3, p.GetProperty("projects").GetInt32()));
        Assert.All(plans.EnumerateArray(), p => Assert.Equal(5, p.GetProperty("indicators").GetInt32()));
    }

    [Theory, BothProviders]
    public async Task What_is_not_found_is_said_in_the_problem(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var id = await app.ImportAsync(SamplePlans.Lianyungang());
        var client = await app.AdminAsync();

        foreach (var (url, detail) in new[]
        {
            ("/api/plans/999/summary", "没有编号为 999 的计划"),
            ($"/api/plans/{id}/projects/99-99", $"计划 {id} 中没有编号为 99-99 的项目"),
            ($"/api/plans/{id}/projects?category=99", $"计划 {id} 中没有编号为 99 的类别"),
        })
        {
            var response = await client.GetAsync(url);
            await Expect.Status(HttpStatusCode.NotFound, response);
            Assert.Contains(detail, await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Plan_document_over_the_size_limit_is_refused()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var huge = new string(' ', (int)Api.ApiSetup.MaxPlanDocumentBytes + 1);

        var response = await app.PostPlanDocumentAsync(huge);

        await Expect.Status(HttpStatusCode.RequestEntityTooLarge, response);
        Assert.Equal(0, app.WithDb(db => db.Plans.Count()));
    }

    [Theory, BothProviders]
    public async Task The_configured_provider_is_the_one_in_use(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);

        var name = app.WithDb(db => db.Database.ProviderName);

        Assert.Contains(provider == DatabaseProvider.Postgres ? "Npgsql" : "Sqlite", name);
    }
}
