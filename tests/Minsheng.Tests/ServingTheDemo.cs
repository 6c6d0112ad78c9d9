using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Minsheng.Data;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

public class ServingTheDemo
{
    [Theory, BothProviders]
    public async Task First_start_stores_the_Dalian_2024_plan_where_every_status_and_light_appears(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider, demo: true);

        var plan = Assert.Single((await app.GetJsonAsync("/api/plans")).EnumerateArray());
        Assert.Equal((15, 46), (plan.GetProperty("categories").GetInt32(), plan.GetProperty("projects").GetInt32()));

        var summary = await app.GetJsonAsync($"/api/plans/{plan.GetProperty("id").GetInt32()}/summary");
        Assert.Equal("2024-09-30", summary.GetProperty("asOf").GetString());
        var indicators = summary.GetProperty("projects").EnumerateArray().SelectMany(p => p.GetProperty("indicators").EnumerateArray()).ToList();
        Assert.Equal(["ahead", "behind", "completed", "onSchedule"], indicators.Select(i => i.GetProperty("status").GetString()).Distinct().Order());
        Assert.Equal(["green", "red", "yellow"], indicators.Select(i => i.GetProperty("light").GetString()).Distinct().Order());
        Assert.Contains(indicators, i => i.GetProperty("completedIn").ValueKind == JsonValueKind.String);
        Assert.True(summary.GetProperty("overall").GetProperty("investment").GetProperty("planned").GetDecimal() > 0);
        var problems = await app.GetJsonAsync($"/api/plans/{plan.GetProperty("id").GetInt32()}/problems");
        Assert.NotEmpty(problems.EnumerateArray());
        var escalations = await app.GetJsonAsync($"/api/plans/{plan.GetProperty("id").GetInt32()}/escalations");
        Assert.Contains(escalations.EnumerateArray(), e => e.GetProperty("level").GetInt32() >= 2);
    }

    [Fact]
    public async Task The_demos_whole_count_indicators_have_whole_figures_and_are_stored_as_whole_numbers()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, demo: true);

        var stored = app.WithDb(db => db.Indicators.Select(i => new { i.Id, i.Unit, i.WholeNumbers }).ToList());
        var figures = app.WithDb(db => db.IndicatorReports.Select(r => new { r.IndicatorId, r.Actual }).ToList());

        Assert.Contains(stored, i => i.Unit == "户" && i.WholeNumbers);
        Assert.Contains(stored, i => i.Unit == "公里" && !i.WholeNumbers);
        var whole = stored.Where(i => i.WholeNumbers).Select(i => i.Id).ToHashSet();
        Assert.All(figures.Where(f => whole.Contains(f.IndicatorId)), f => Assert.Equal(decimal.Truncate(f.Actual), f.Actual));
    }

    [Fact]
    public async Task The_demo_is_stored_once_not_on_every_start()
    {
        await using var first = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, demo: true);
        var startup = first.Services.GetServices<IHostedService>().Single(s => s.GetType().Name == "DatabaseStartup");

        await startup.StartAsync(CancellationToken.None);

        Assert.Equal(1, first.WithDb(db => db.Plans.Count()));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_summary_endpoint()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);

        var document = await app.GetJsonAsync("/openapi/v1.json");

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/plans/{id}/summary", out _));
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/plans/{id}/reports", out _));
    }
}
