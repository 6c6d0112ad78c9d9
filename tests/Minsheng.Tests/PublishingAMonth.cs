using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minsheng.Data;
using Minsheng.Demo;
using Minsheng.Reporting;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>
/// DOMAIN: the office publishes a month after verifying it. Publishing is a decision: units that did not report,
/// or whose month is not verified, are named first, and publishing without them needs a confirmation with a
/// reason, kept in the record; their figures are then marked as carried forward wherever they are shown.
/// </summary>
public class PublishingAMonth
{
    private const string October = "2024-10";

    [Theory, BothProviders]
    public async Task The_preview_names_what_will_be_published_and_the_units_missing(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider, demo: true);

        var preview = await app.GetJsonAsync($"/api/plans/1/publications/preview?period={October}");

        Assert.Single(preview.GetProperty("toPublish").EnumerateArray());
        Assert.Contains(DemoChain.WalkingUnit, Units(preview.GetProperty("notReported")));
        Assert.Equal(3, preview.GetProperty("notVerified").GetArrayLength());
        Assert.True(preview.GetProperty("hasGaps").GetBoolean());
    }

    [Theory, BothProviders]
    public async Task Publishing_with_units_missing_is_refused_without_a_confirmation_and_a_reason_and_nothing_changes(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider, demo: true);
        var office = await app.AdminAsync();
        var before = (await app.GetJsonAsync("/api/plans/1/publications")).GetArrayLength();

        var unconfirmed = await office.PostAsJsonAsync("/api/plans/1/publications", new PublishRequest(October));
        var withoutReason = await office.PostAsJsonAsync("/api/plans/1/publications", new PublishRequest(October, ConfirmGaps: true, Reason: "  "));
        var reasonUnconfirmed = await office.PostAsJsonAsync("/api/plans/1/publications", new PublishRequest(October, Reason: "赶在通报前发布"));

        foreach (var refused in new[] { unconfirmed, withoutReason, reasonUnconfirmed })
        {
            await Expect.Status(HttpStatusCode.Conflict, refused);
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains("未报送", problem.GetProperty("title").GetString());
            Assert.Contains(DemoChain.WalkingUnit, Units(problem.GetProperty("notReported")));
            Assert.Contains("2024年10月", problem.GetProperty("detail").GetString());
        }
        Assert.Equal(before, (await app.GetJsonAsync("/api/plans/1/publications")).GetArrayLength());
        Assert.Contains("2024年9月", await app.GetTextAsync("/"));
    }

    [Theory, BothProviders]
    public async Task A_confirmed_publication_keeps_its_reason_and_every_surface_marks_the_carried_forward_figures(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider, demo: true);
        var office = await app.AdminAsync();
        const string reason = "月度通报须按时印发，缺报单位另行督办";

        var published = await office.PostAsJsonAsync("/api/plans/1/publications", new PublishRequest(October, ConfirmGaps: true, Reason: reason));

        await Expect.Status(HttpStatusCode.OK, published);
        var record = (await app.GetJsonAsync("/api/plans/1/publications")).EnumerateArray().Last();
        Assert.Equal(reason, record.GetProperty("gapsReason").GetString());
        Assert.Contains(DemoChain.WalkingUnit, Units(record.GetProperty("notReported")));
        Assert.Equal(3, record.GetProperty("notVerified").GetArrayLength());

        var carried = DemoData.Plan().Projects.First(p => p.Lead == DemoChain.WalkingUnit);
        var dashboard = await app.GetTextAsync($"/?plan=1&month={October}");
        Assert.Contains("data-units-not-reported", dashboard);
        Assert.Contains(DemoChain.WalkingUnit, dashboard);
        Assert.Contains("未报送，沿用上月数据", await app.GetTextAsync($"/plans/1/projects/{carried.Code}?month={October}"));
        var bulletin = await app.GetTextAsync($"/documents/bulletin?plan=1&month={October}");
        Assert.Contains("报送情况", bulletin);
        Assert.Contains($"未报送{record.GetProperty("notReported").GetArrayLength() + 3}个", bulletin);
        Assert.Contains("沿用上月数据", bulletin);

        var items = (await app.GetJsonAsync("/api/public/plans/1")).GetProperty("categories").EnumerateArray()
            .SelectMany(c => c.GetProperty("projects").EnumerateArray()).ToList();
        Assert.True(items.Single(i => i.GetProperty("code").GetString() == carried.Code).GetProperty("carriedForward").GetBoolean());
        Assert.Contains(items, i => !i.GetProperty("carriedForward").GetBoolean());
        Assert.Contains("未报送，沿用上月数据", await app.GetTextAsync($"/public/1/projects/{carried.Code}"));
        // A month before it stood without gaps: nothing is marked there.
        Assert.DoesNotContain("data-units-not-reported", await app.GetTextAsync("/?plan=1&month=2024-07"));
    }

    private static List<string> Units(JsonElement units) => units.EnumerateArray()
        .Select(u => u.ValueKind == JsonValueKind.String ? u.GetString()! : u.GetProperty("unit").GetString()!).ToList();
}
