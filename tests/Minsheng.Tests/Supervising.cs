using System.Net;
using System.Net.Http.Json;
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
