using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Minsheng.Data;
using Minsheng.Engine.Progress;
using Minsheng.Problems;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>DOMAIN: escalation levels 1-3 are raised by the plan's rules; each has its history and its closing (销号).</summary>
public class Supervising
{
    [Theory, BothProviders]
    public async Task Each_publication_raises_the_escalations_the_rules_call_for_and_levels_only_rise(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider, demo: true);
        var plan = Demo.DemoData.Plan();
        // The highest level the rules gave each project at any published month, January to September.
        var expected = Enumerable.Range(1, Demo.DemoData.ReportedUpToMonth)
            .SelectMany(m => Escalation.Evaluate(plan, new DateOnly(2024, m, DateTime.DaysInMonth(2024, m))))
            .GroupBy(e => e.Project).ToDictionary(g => g.Key, g => g.Max(e => e.Level));

        var records = (await app.GetJsonAsync("/api/plans/1/supervision")).EnumerateArray().ToList();

        Assert.Equal(expected.OrderBy(e => e.Key), records.ToDictionary(r => r.GetProperty("project").GetString()!, r => r.GetProperty("level").GetInt32()).OrderBy(e => e.Key));
        Assert.All(records, r => Assert.Equal("Open", r.GetProperty("status").GetString()));
        var raisedThenEscalated = records.First(r => r.GetProperty("steps").GetArrayLength() > 1).GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal("Raised", raisedThenEscalated[0].GetProperty("action").GetString());
        Assert.Equal("Escalated", raisedThenEscalated[1].GetProperty("action").GetString());
        Assert.True(raisedThenEscalated[1].GetProperty("level").GetInt32() > raisedThenEscalated[0].GetProperty("level").GetInt32());
        Assert.Equal(Supervision.Rules, raisedThenEscalated[0].GetProperty("by").GetString());
    }

    [Theory, BothProviders]
    public async Task The_office_closes_an_escalation_with_a_note_and_it_stays_in_the_history(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider, demo: true);
        var admin = await app.AdminAsync();
        var first = (await app.GetJsonAsync("/api/plans/1/supervision"))[0];
        var id = first.GetProperty("id").GetInt64();

        var withoutNote = await admin.PostAsJsonAsync($"/api/plans/1/supervision/{id}/close", new CloseRequest(""));
        var closed = await admin.PostAsJsonAsync($"/api/plans/1/supervision/{id}/close", new CloseRequest("配套资金已到位，工程恢复施工"));
        var again = await admin.PostAsJsonAsync($"/api/plans/1/supervision/{id}/close", new CloseRequest("再次销号"));
        var unknown = await admin.PostAsJsonAsync("/api/plans/1/supervision/999999/close", new CloseRequest("x"));

        await Expect.Status(HttpStatusCode.Conflict, withoutNote);
        await Expect.Status(HttpStatusCode.OK, closed);
        await Expect.Status(HttpStatusCode.Conflict, again);
        await Expect.Status(HttpStatusCode.NotFound, unknown);
        var record = (await app.GetJsonAsync("/api/plans/1/supervision")).EnumerateArray().Single(r => r.GetProperty("id").GetInt64() == id);
        Assert.Equal("Closed", record.GetProperty("status").GetString());
        var last = record.GetProperty("steps").EnumerateArray().Last();
        Assert.Equal(("Closed", "配套资金已到位，工程恢复施工"), (last.GetProperty("action").GetString(), last.GetProperty("note").GetString()));
        var page = await app.GetTextAsync("/supervision");
        Assert.Contains("已销号", page);
        Assert.Contains("配套资金已到位，工程恢复施工", page);
    }

    [Fact]
    public void A_rule_reads_as_the_office_writes_it()
    {
        Assert.Equal("连续2个月黄灯 → 1级督办", Supervision.RuleText(new Engine.Model.EscalationRule(1, Light.Yellow, 2)));
    }
}

/// <summary>One truth: every surface shows the stored escalations as they stood at the chosen month.</summary>
public class SeeingOneSupervisionRecord
{
    [Theory, BothProviders]
    public async Task Every_month_the_dashboard_the_supervision_page_and_the_api_list_the_same_escalations_as_they_stood_then(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider, demo: true);
        var plan = Demo.DemoData.Plan();
        for (var month = 1; month <= Demo.DemoData.ReportedUpToMonth; month++)
        {
            var period = $"2024-{month:D2}";
            var endOfMonth = new DateOnly(2024, month, DateTime.DaysInMonth(2024, month));
            // What the rules had raised by the month's publication: the highest level each project reached up to then.
            var expected = Enumerable.Range(1, month)
                .SelectMany(m => Escalation.Evaluate(plan, new DateOnly(2024, m, DateTime.DaysInMonth(2024, m))))
                .GroupBy(e => e.Project).Select(g => $"{g.Key}:{g.Max(e => e.Level)}:Open").Order().ToList();

            var supervision = Listed(await app.GetJsonAsync($"/api/plans/1/supervision?period={period}"));
            var escalations = Listed(await app.GetJsonAsync($"/api/plans/1/escalations?asOf={endOfMonth:yyyy-MM-dd}"));
            var dashboard = Marked(await app.GetTextAsync($"/?plan=1&month={period}"));
            var page = Marked(await app.GetTextAsync($"/supervision?plan=1&month={period}"));

            Assert.Equal(expected, supervision.Order().ToList());
            Assert.Equal(supervision, escalations);
            Assert.Equal(supervision, dashboard);
            Assert.Equal(supervision, page);
        }
        Assert.NotEmpty(Listed(await app.GetJsonAsync("/api/plans/1/supervision?period=2024-02")));
    }

    [Theory, BothProviders]
    public async Task A_closing_today_shows_on_the_latest_month_and_not_on_the_months_before_it(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider, demo: true);
        var admin = await app.AdminAsync();
        var first = (await app.GetJsonAsync("/api/plans/1/supervision"))[0];
        var id = first.GetProperty("id").GetInt64();
        var since = first.GetProperty("since").GetString()!;

        await Expect.Status(HttpStatusCode.OK, await admin.PostAsJsonAsync($"/api/plans/1/supervision/{id}/close", new CloseRequest("已整改到位")));

        Assert.Equal("Closed", Status(await app.GetJsonAsync("/api/plans/1/supervision?period=2024-09"), id));
        Assert.Equal("Open", Status(await app.GetJsonAsync($"/api/plans/1/supervision?period={since}"), id));
        Assert.Contains($"data-escalation=\"{id}\" data-project=\"{first.GetProperty("project").GetString()}\" data-level=\"{first.GetProperty("level").GetInt32()}\" data-status=\"Closed\"",
            await app.GetTextAsync("/?plan=1&month=2024-09"));
        var projectPage = await app.GetTextAsync($"/plans/1/projects/{first.GetProperty("project").GetString()}?month=2024-09");
        Assert.Contains("已整改到位", projectPage);
        Assert.Contains("已销号", projectPage);
    }

    [Theory, BothProviders]
    public async Task The_bulletin_names_the_projects_under_supervision_at_its_month(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider, demo: true);
        var records = (await app.GetJsonAsync("/api/plans/1/supervision?period=2024-09")).EnumerateArray().ToList();
        var highest = records.First();

        var bulletin = await app.GetTextAsync("/documents/bulletin?plan=1&month=2024-09");

        Assert.Contains($"共有{records.Count}个项目列入督办", bulletin);
        Assert.Contains(highest.GetProperty("projectName").GetString()!, bulletin);
    }

    private static List<string> Listed(JsonElement records) => records.EnumerateArray()
        .Select(r => $"{r.GetProperty("project").GetString()}:{r.GetProperty("level").GetInt32()}:{r.GetProperty("status").GetString()}").ToList();

    private static string? Status(JsonElement records, long id) =>
        records.EnumerateArray().Single(r => r.GetProperty("id").GetInt64() == id).GetProperty("status").GetString();

    /// <summary>The escalations a page marks, in the page's order.</summary>
    private static List<string> Marked(string html) => Regex.Matches(html, "data-escalation=\"\\d+\" data-project=\"([^\"]+)\" data-level=\"(\\d)\" data-status=\"(\\w+)\"")
        .Select(m => $"{m.Groups[1].Value}:{m.Groups[2].Value}:{m.Groups[3].Value}").ToList();
}
