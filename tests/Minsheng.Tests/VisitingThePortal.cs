using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Minsheng.Data;
using Minsheng.Engine.Documents;
using Minsheng.Reporting;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>A resident without an account reads the programme, its projects, the map data, the 民生码 and the open data.</summary>
public class VisitingThePortal
{
    private static string[] PublicUrls(int planId) =>
    [
        $"/public/{planId}", $"/public/{planId}/projects/02-01", $"/public/{planId}/map", $"/public/{planId}/projects/02-01/poster",
        $"/api/public/plans/{planId}", $"/api/public/plans/{planId}/projects/02-01", $"/api/public/plans/{planId}/sites",
        $"/open/plans/{planId}/plan.json", $"/open/plans/{planId}/indicators.csv",
    ];

    [Theory, BothProviders]
    public async Task Nothing_unpublished_or_internal_reaches_an_anonymous_visitor(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        var admin = await app.AdminAsync();
        await Expect.Status(HttpStatusCode.OK, await app.SubmitMonthAsync(planId,
            new SubmitMonthRequest("2023-07", Indicators: [new IndicatorFigure("02-01-1", 98_765, Note: "内部草稿备注")])));
        await Expect.Status(HttpStatusCode.Created, await admin.PostAsJsonAsync($"/api/plans/{planId}/problems?project=02-01",
            new { type = "coordination", description = "配合单位推诿扯皮" }));
        var accountNames = app.WithDb(db => db.Users.Select(u => u.UserName!).ToList());
        using var visitor = app.CreateClient();

        foreach (var url in PublicUrls(planId))
        {
            var response = await visitor.GetAsync(url);
            await Expect.Status(HttpStatusCode.OK, response);
            var body = await response.Content.ReadAsStringAsync();
            foreach (var secret in new[] { "98765", "98,765", "内部草稿备注", "配合单位推诿扯皮" }.Concat(accountNames))
            {
                Assert.False(body.Contains(secret, StringComparison.Ordinal), $"{url} shows \"{secret}\"");
            }
        }
    }

    [Theory, BothProviders]
    public async Task A_published_month_replaces_the_cached_pages_and_json_at_once_and_browsers_are_told_to_ask_again(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        using var visitor = app.CreateClient();
        var before = await visitor.GetStringAsync($"/public/{planId}/projects/02-01");
        var cached = await visitor.GetAsync($"/public/{planId}/projects/02-01");
        var jsonBefore = await visitor.GetAsync($"/api/public/plans/{planId}/projects/02-01");

        await app.SubmitAndPublishAsync(planId, new SubmitMonthRequest("2023-07", Indicators: [new IndicatorFigure("02-01-1", 98_765, Note: "报审核员：含灵活就业")],
            Projects: [new ProjectFigures("02-01", PublicProgress: "新增就业稳步推进")]));
        var after = await visitor.GetStringAsync($"/public/{planId}/projects/02-01");
        var json = await visitor.GetFromJsonAsync<JsonElement>($"/api/public/plans/{planId}/projects/02-01");

        Assert.DoesNotContain("98,765", before);
        Assert.NotNull(cached.Headers.Age);
        Assert.True(cached.Headers.CacheControl?.NoCache);
        Assert.True(jsonBefore.Headers.CacheControl?.NoCache);
        Assert.Contains("98,765", after);
        Assert.Contains("新增就业稳步推进", after);
        Assert.DoesNotContain("含灵活就业", after);
        Assert.Equal("2023-07", json.GetProperty("period").GetString());
        Assert.Equal(98_765, json.GetProperty("progress").GetProperty("figures")[0].GetProperty("actual").GetDecimal());
    }

    [Theory, BothProviders]
    public async Task A_plan_the_office_imports_is_on_the_public_pages_at_once(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        await app.ImportAsync(SamplePlans.Lianyungang());
        using var visitor = app.CreateClient();
        var before = await visitor.GetStringAsync("/api/public/plans");
        var cached = await visitor.GetAsync("/api/public/plans");

        await app.ImportAsync(SamplePlans.Lianyungang(region: "宿迁市"));
        var after = await visitor.GetStringAsync("/api/public/plans");

        Assert.NotNull(cached.Headers.Age);
        Assert.DoesNotContain("宿迁市", before);
        Assert.Contains("宿迁市", after);
    }

    [Theory, BothProviders]
    public async Task Sites_the_office_sets_are_on_the_map_with_their_projects_light(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        var admin = await app.AdminAsync();

        var added = await admin.PostAsJsonAsync($"/api/plans/{planId}/sites",
            new { project = "02-02", name = "海州区职业技能实训基地", district = "海州区", address = "海州区新浦路1号", latitude = 34.59, longitude = 119.17 });
        var bad = await admin.PostAsJsonAsync($"/api/plans/{planId}/sites", new { project = "02-02", name = "x", latitude = 200, longitude = 119 });
        using var visitor = app.CreateClient();
        var sites = await visitor.GetFromJsonAsync<JsonElement>($"/api/public/plans/{planId}/sites");
        var summary = await app.GetJsonAsync($"/api/plans/{planId}/projects/02-02");

        await Expect.Status(HttpStatusCode.Created, added);
        await Expect.ProblemNaming("latitude", bad);
        var features = sites.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties")).ToList();
        // The project's location in the imported document is a site too.
        Assert.Equal(["01-01", "02-02"], features.Select(f => f.GetProperty("project").GetString()!).Order().ToList());
        var site = features.Single(f => f.GetProperty("project").GetString() == "02-02");
        Assert.Equal("海州区", site.GetProperty("district").GetString());
        Assert.Equal(summary.GetProperty("progress").GetProperty("light").GetString(), site.GetProperty("light").GetString());
        Assert.Equal("就业创业", site.GetProperty("categoryName").GetString());
    }

    [Theory, BothProviders]
    public async Task Uploaded_district_outlines_are_served_to_the_offline_map(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        var admin = await app.AdminAsync();
        // Longer than the 4000 characters strings default to.
        var ring = string.Join(",", Enumerable.Range(0, 400).Select(i => $"[{119 + i / 1000.0:0.000},{34 + i / 1000.0:0.000}]"));
        var geoJson = $$$"""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"海州区"},"geometry":{"type":"Polygon","coordinates":[[{{{ring}}},[119.000,34.000]]]}}]}""";

        using var visitor = app.CreateClient();
        var none = await visitor.GetAsync($"/api/public/plans/{planId}/outlines");
        var upload = await admin.PutAsync($"/api/plans/{planId}/outlines", new StringContent(geoJson, Encoding.UTF8, "application/geo+json"));
        var notGeoJson = await admin.PutAsync($"/api/plans/{planId}/outlines", new StringContent("""{"hello":1}""", Encoding.UTF8, "application/json"));
        var served = await visitor.GetStringAsync($"/api/public/plans/{planId}/outlines");
        var map = await visitor.GetStringAsync($"/public/{planId}/map");

        await Expect.Status(HttpStatusCode.NotFound, none);
        await Expect.Status(HttpStatusCode.NoContent, upload);
        await Expect.ProblemNaming("body", notGeoJson);
        Assert.Equal(geoJson, served);
        Assert.Contains($"data-outlines=\"/api/public/plans/{planId}/outlines\"", map);
    }

    [Theory, BothProviders]
    public async Task Open_data_is_the_published_plan_document_and_csv_with_etags(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        await Expect.Status(HttpStatusCode.OK, await app.SubmitMonthAsync(planId, new SubmitMonthRequest("2023-07", Indicators: [new IndicatorFigure("02-01-1", 98_765)])));
        using var visitor = app.CreateClient();

        var document = await visitor.GetAsync($"/open/plans/{planId}/plan.json");
        var plan = PlanDocument.Read(await document.Content.ReadAsByteArrayAsync()).Plan;
        var csv = await visitor.GetStringAsync($"/open/plans/{planId}/indicators.csv");
        var again = new HttpRequestMessage(HttpMethod.Get, $"/open/plans/{planId}/plan.json");
        again.Headers.IfNoneMatch.Add(document.Headers.ETag!);
        var notModified = await visitor.SendAsync(again);

        await Expect.Status(HttpStatusCode.OK, document);
        Assert.Equal("public", document.Headers.CacheControl?.Public == true ? "public" : "");
        Assert.NotNull(document.Headers.ETag);
        Assert.Equal(5, plan.Indicators.Count());
        Assert.DoesNotContain(plan.IndicatorReports, r => r.Actual == 98_765);
        await Expect.Status(HttpStatusCode.NotModified, notModified);
        var lines = csv.TrimStart('\uFEFF').TrimEnd().Split('\n');
        Assert.StartsWith("period,category_code,category,project_code", lines[0]);
        Assert.Equal(1 + 5, lines.Length);
        Assert.Contains("02-01-1", csv);
    }

    [Theory, BothProviders]
    public async Task Each_project_and_site_has_a_qr_code_and_a_printable_poster_opening_its_page(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        var siteId = app.WithDb(db => db.Sites.Single().Id);
        using var visitor = app.CreateClient();

        var svg = await visitor.GetAsync($"/public/{planId}/projects/01-01/qr.svg");
        var png = await visitor.GetByteArrayAsync($"/public/{planId}/sites/{siteId}/qr.png");
        var poster = await visitor.GetStringAsync($"/public/{planId}/projects/01-01/poster?site={siteId}");
        var scanned = await visitor.GetStringAsync($"/public/{planId}/projects/01-01?site={siteId}");

        Assert.Equal(new MediaTypeHeaderValue("image/svg+xml"), svg.Content.Headers.ContentType);
        Assert.Contains("<svg", await svg.Content.ReadAsStringAsync());
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4).ToArray());
        Assert.Contains($"/public/{planId}/projects/01-01?site={siteId}", poster);
        Assert.Contains("<svg", poster);
        Assert.Contains($"id=\"site-{siteId}\"", scanned);
    }
}
