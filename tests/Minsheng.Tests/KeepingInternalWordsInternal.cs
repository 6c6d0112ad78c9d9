using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minsheng.Data;
using Minsheng.Demo;
using Minsheng.Problems;
using Minsheng.Reporting;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>
/// Internal and public words apart: every text the units and the office write for each other (notes, problems,
/// next steps, a public text the office did not approve, reasons, closing notes, a rejected comment, a phone)
/// never reaches a public page, the public JSON, open data or a 民生码 poster; only the approved 公开进展 does.
/// </summary>
public class KeepingInternalWordsInternal
{
    private const string Marker = "ZQXINTERNAL";
    private const string Approved = "新建保障性住房主体结构已封顶";
    private const string Phone = "13900007788";

    [Theory, BothProviders]
    public async Task No_internal_text_field_appears_on_any_public_surface(DatabaseProvider provider)
    {
        // Every public page of the demo from one address: more than the portal lets one address ask in a minute.
        await using var app = await MinshengApp.StartAsync(provider, demo: true, new Dictionary<string, string> { ["Portal:Limits:PostsPerAddressPerMinute"] = "100000" });
        var office = await app.AdminAsync();
        var project = DemoData.Plan().Projects.First(p => p.Lead == DemoChain.WalkingUnit && p.Investment is not null);
        SubmitMonthRequest October(string tag, string? reason = null) => new(
            "2024-10", SubmittedBy: $"{Marker}-submitter",
            Indicators: [new IndicatorFigure(project.Indicators[0].Code, project.Indicators[0].Target, Note: $"{Marker}-{tag}-note")],
            Projects: [new ProjectFigures(project.Code, Investment: project.Investment, Note: $"{Marker}-{tag}-money-note", Problems: $"{Marker}-{tag}-problems",
                NextSteps: $"{Marker}-{tag}-next", PublicProgress: $"{Marker}-{tag}-proposed")],
            Reason: reason);

        // The month walks the chain: returned with a reason, resubmitted, verified with the public text edited, published with gaps.
        await Expect.Status(HttpStatusCode.OK, await app.SubmitMonthAsync(1, October("first")));
        var id = (await app.GetJsonAsync("/api/plans/1/submissions?period=2024-10")).EnumerateArray()
            .Single(s => s.GetProperty("unit").GetString() == DemoChain.WalkingUnit).GetProperty("id").GetInt64();
        await Expect.Status(HttpStatusCode.OK, await office.PostAsJsonAsync($"/api/plans/1/submissions/{id}/return", new ReturnRequest($"{Marker}-return")));
        await Expect.Status(HttpStatusCode.OK, await app.SubmitMonthAsync(1, October("again")));
        await Expect.Status(HttpStatusCode.OK, await office.PostAsync($"/api/plans/1/submissions/{id}/accept", null));
        await Expect.Status(HttpStatusCode.OK, await office.PostAsJsonAsync($"/api/plans/1/submissions/{id}/verify",
            new VerifyRequest(new Dictionary<string, string?> { [project.Code] = Approved })));
        await Expect.Status(HttpStatusCode.OK, await office.PostAsJsonAsync("/api/plans/1/publications", new PublishRequest("2024-10", true, $"{Marker}-gaps")));
        // A correction with its reason, a problem, a closed escalation, a rejected comment.
        await Expect.Status(HttpStatusCode.OK, await app.SubmitMonthAsync(1, October("corrected", reason: $"{Marker}-correction")));
        await Expect.Status(HttpStatusCode.Created, await office.PostAsJsonAsync($"/api/plans/1/problems?project={project.Code}",
            new RaiseProblemRequest(ProblemType.Funds, $"{Marker}-problem", $"{Marker}-measures", $"{Marker}-owner")));
        var escalation = (await app.GetJsonAsync("/api/plans/1/supervision"))[0].GetProperty("id").GetInt64();
        await Expect.Status(HttpStatusCode.OK, await office.PostAsJsonAsync($"/api/plans/1/supervision/{escalation}/close", new CloseRequest($"{Marker}-closed")));
        using var resident = app.CreateClient();
        var code = await app.CodeForAsync(resident, Phone);
        await Expect.Status(HttpStatusCode.Created, await resident.PostAsJsonAsync($"/api/public/plans/1/projects/{project.Code}/feedback",
            new { phone = Phone, code, kind = "comment", rating = 2, text = $"{Marker}-rejected" }));
        var feedback = (await app.GetJsonAsync("/api/plans/1/feedback?state=pending"))[0].GetProperty("id").GetInt64();
        await Expect.Status(HttpStatusCode.OK, await office.PostAsync($"/api/plans/1/feedback/{feedback}/reject", null));

        var codes = DemoData.Plan().Projects.Select(p => p.Code).ToList();
        var site = (await resident.GetFromJsonAsync<JsonElement>("/api/public/plans/1/sites")).GetProperty("features")[0].GetProperty("properties").GetProperty("id").GetInt32();
        string[] surfaces =
        [
            "/public", "/public/1", "/public/1/map", "/api/public/plans", "/api/public/plans/1", "/api/public/plans/1/sites", "/api/public/plans/1/districts",
            "/open/plans/1/plan.json", "/open/plans/1/indicators.csv", $"/public/1/sites/{site}/qr.svg",
            .. codes.SelectMany(c => new[]
            {
                $"/public/1/projects/{c}", $"/api/public/plans/1/projects/{c}", $"/public/1/projects/{c}/poster", $"/public/1/projects/{c}/feedback",
                $"/public/1/projects/{c}/qr.svg", $"/public/1/projects/{c}/poster?site={site}",
            }),
        ];
        foreach (var surface in surfaces)
        {
            var response = await resident.GetAsync(surface);
            await Expect.Status(HttpStatusCode.OK, response);
            var text = await response.Content.ReadAsStringAsync();
            Assert.False(text.Contains(Marker, StringComparison.Ordinal), $"{surface} shows an internal text");
            Assert.False(text.Contains(Phone, StringComparison.Ordinal), $"{surface} shows a resident's phone");
        }
        // The approved public text is what residents read, on the page and in the JSON.
        Assert.Contains(Approved, await resident.GetStringAsync($"/public/1/projects/{project.Code}"));
        Assert.Contains(Approved, await resident.GetStringAsync("/api/public/plans/1"));
    }

    [Theory, BothProviders]
    public async Task A_correction_without_a_public_text_withdraws_the_month_s_text_and_an_earlier_month_s_shows_again(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        using var visitor = app.CreateClient();
        await app.SubmitAndPublishAsync(planId, new SubmitMonthRequest("2023-07", Projects: [new ProjectFigures("01-01", PublicProgress: "7月：主体施工")]));
        await app.SubmitAndPublishAsync(planId, new SubmitMonthRequest("2023-08", Projects: [new ProjectFigures("01-01", PublicProgress: "8月：即将封顶")]));
        var before = await visitor.GetStringAsync($"/public/{planId}/projects/01-01");

        await app.SubmitAndPublishAsync(planId, new SubmitMonthRequest("2023-08", Projects: [new ProjectFigures("01-01", Investment: 100_000_000)], Reason: "8月表述有误，撤回"));
        var after = await visitor.GetStringAsync($"/public/{planId}/projects/01-01");

        Assert.Contains("8月：即将封顶", before);
        Assert.DoesNotContain("8月：即将封顶", after);
        Assert.Contains("7月：主体施工", after);
    }

    [Theory, BothProviders]
    public async Task A_verification_refused_approves_no_public_text(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        await Expect.Status(HttpStatusCode.OK, await app.SubmitMonthAsync(planId, new SubmitMonthRequest("2023-07", Projects: [new ProjectFigures("01-01", PublicProgress: "拟公开")])));
        var id = (await app.GetJsonAsync($"/api/plans/{planId}/submissions?period=2023-07"))[0].GetProperty("id").GetInt64();
        var office = await app.AdminAsync();
        var reviewer = await app.ClientAsAsync(Accounts.Roles.Reviewer, "市教育局");
        var edits = new VerifyRequest(new Dictionary<string, string?> { ["01-01"] = "督查室审定" });

        var beforeAcceptance = await office.PostAsJsonAsync($"/api/plans/{planId}/submissions/{id}/verify", edits);
        var byTheLeadUnit = await reviewer.PostAsJsonAsync($"/api/plans/{planId}/submissions/{id}/verify", edits);
        await Expect.Status(HttpStatusCode.OK, await office.PostAsync($"/api/plans/{planId}/submissions/{id}/accept", null));
        var tooLong = await office.PostAsJsonAsync($"/api/plans/{planId}/submissions/{id}/verify",
            new VerifyRequest(new Dictionary<string, string?> { ["01-01"] = new string('长', 10_000) }));

        await Expect.Status(HttpStatusCode.Conflict, beforeAcceptance);
        await Expect.Status(HttpStatusCode.Forbidden, byTheLeadUnit);
        await Expect.ProblemNaming("publicProgress[\"01-01\"]", tooLong);
        Assert.Equal(0, app.WithDb(db => db.ProjectReports.Count(r => r.ApprovedPublicProgress != null)));
        Assert.Equal("Accepted", (await app.GetJsonAsync($"/api/plans/{planId}/submissions?period=2023-07"))[0].GetProperty("state").GetString());
    }
}
