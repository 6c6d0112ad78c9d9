using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minsheng.Accounts;
using Minsheng.Data;
using Minsheng.Reporting;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>DOMAIN: a unit reports → the lead unit reviews → the office verifies and publishes; only published figures count.</summary>
public class WalkingTheChain
{
    private const string Education = "市教育局";

    private static SubmitMonthRequest July(decimal schools, string? reason = null) =>
        new("2023-07", Indicators: [new IndicatorFigure("01-01-1", schools, Note: reason is null ? null : "更正")], Reason: reason);

    private static async Task<decimal> SchoolsAsync(MinshengApp app, int planId, string asOf = "2023-07-31") =>
        (await app.GetJsonAsync($"/api/plans/{planId}/indicators/01-01-1?asOf={asOf}")).GetProperty("progress").GetProperty("actual").GetDecimal();

    private static async Task<JsonElement> SubmissionAsync(HttpClient client, int planId) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}/submissions?period=2023-07")).EnumerateArray().Last();

    private static async Task<HttpResponseMessage> StepAsync(HttpClient client, int planId, long submissionId, string step, string? reason = null) =>
        await client.PostAsJsonAsync($"/api/plans/{planId}/submissions/{submissionId}/{step}", new ReturnRequest(reason));

    [Theory, BothProviders]
    public async Task A_month_walks_the_chain_returned_resubmitted_accepted_verified_published_and_only_then_counts(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        var reporter = await app.ClientAsAsync(Roles.Reporter, Education);
        var reviewer = await app.ClientAsAsync(Roles.Reviewer, Education);
        var office = await app.ClientAsAsync(Roles.Staff);
        var june = await SchoolsAsync(app, planId);

        await Expect.Status(HttpStatusCode.OK, await reporter.PostAsJsonAsync($"/api/plans/{planId}/reports", July(7), MinshengApp.Json));
        var id = (await SubmissionAsync(reporter, planId)).GetProperty("id").GetInt64();
        var returned = await StepAsync(reviewer, planId, id, "return", "7所含未开工学校");
        await Expect.Status(HttpStatusCode.OK, await reporter.PostAsJsonAsync($"/api/plans/{planId}/reports", July(4), MinshengApp.Json));
        var whileSubmitted = await SchoolsAsync(app, planId);
        await Expect.Status(HttpStatusCode.OK, await StepAsync(reviewer, planId, id, "accept"));
        var changeAfterAcceptance = await reporter.PostAsJsonAsync($"/api/plans/{planId}/reports", July(5), MinshengApp.Json);
        await Expect.Status(HttpStatusCode.OK, await StepAsync(office, planId, id, "verify"));
        var whileVerified = await SchoolsAsync(app, planId);
        await Expect.Status(HttpStatusCode.OK, await office.PostAsJsonAsync($"/api/plans/{planId}/publications", new PublishRequest("2023-07", ConfirmGaps: true, Reason: MinshengApp.GapsReason)));

        await Expect.Status(HttpStatusCode.OK, returned);
        await Expect.Status(HttpStatusCode.Conflict, changeAfterAcceptance);
        Assert.Equal((june, june), (whileSubmitted, whileVerified));
        Assert.Equal(4, await SchoolsAsync(app, planId));
        var submission = await SubmissionAsync(reporter, planId);
        Assert.Equal("Published", submission.GetProperty("state").GetString());
        var steps = submission.GetProperty("steps").EnumerateArray().Select(s => (s.GetProperty("action").GetString(), s.GetProperty("reason").GetString())).ToList();
        Assert.Equal(
            [("Submitted", null), ("Returned", "7所含未开工学校"), ("Submitted", null), ("Accepted", null), ("Verified", null), ("Published", null)],
            steps);
        var history = (await app.GetJsonAsync($"/api/plans/{planId}/indicators/01-01-1")).GetProperty("history").EnumerateArray()
            .Where(h => h.GetProperty("period").GetString() == "2023-07" && h.GetProperty("district").ValueKind == JsonValueKind.Null).ToList();
        Assert.Equal([7m, 4m], history.Select(h => h.GetProperty("actual").GetDecimal()));
        Assert.StartsWith("reviewer-", history[1].GetProperty("acceptedBy").GetString());
        Assert.StartsWith("staff-", history[1].GetProperty("verifiedBy").GetString());
        // Each version shows exactly its own steps: the returned one its return, and nothing it did not get.
        Assert.Equal(["Submitted", "Returned"], Actions(history[0]));
        Assert.Equal(["Submitted", "Accepted", "Verified", "Published"], Actions(history[1]));
        Assert.Equal(("Returned", "7所含未开工学校"), (history[0].GetProperty("state").GetString(), history[0].GetProperty("returnReason").GetString()));
        Assert.StartsWith("reviewer-", history[0].GetProperty("returnedBy").GetString());
        Assert.All(new[] { "acceptedBy", "verifiedBy", "publishedAt" }, field => Assert.Equal(JsonValueKind.Null, history[0].GetProperty(field).ValueKind));
    }

    private static List<string?> Actions(JsonElement item) => item.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("action").GetString()).ToList();

    [Theory, BothProviders]
    public async Task Each_step_is_taken_only_by_whom_it_belongs_to_and_only_from_its_state(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        var reporter = await app.ClientAsAsync(Roles.Reporter, Education);
        var otherReviewer = await app.ClientAsAsync(Roles.Reviewer, "市人社局");
        var reviewer = await app.ClientAsAsync(Roles.Reviewer, Education);
        await Expect.Status(HttpStatusCode.OK, await reporter.PostAsJsonAsync($"/api/plans/{planId}/reports", July(4), MinshengApp.Json));
        var id = (await SubmissionAsync(reporter, planId)).GetProperty("id").GetInt64();

        var byAnotherUnit = await StepAsync(otherReviewer, planId, id, "accept");
        var returnWithoutReason = await StepAsync(reviewer, planId, id, "return", " ");
        var verifyBeforeAcceptance = await StepAsync(await app.AdminAsync(), planId, id, "verify");
        var publishNothingVerified = await (await app.AdminAsync()).PostAsJsonAsync($"/api/plans/{planId}/publications", new PublishRequest("2023-07"));
        var unknown = await StepAsync(reviewer, planId, 999_999, "accept");

        await Expect.Status(HttpStatusCode.Forbidden, byAnotherUnit);
        await Expect.Status(HttpStatusCode.Conflict, returnWithoutReason);
        Assert.Contains("退回须说明原因", await returnWithoutReason.Content.ReadAsStringAsync());
        await Expect.Status(HttpStatusCode.Conflict, verifyBeforeAcceptance);
        await Expect.Status(HttpStatusCode.Conflict, publishNothingVerified);
        await Expect.Status(HttpStatusCode.NotFound, unknown);
        Assert.Equal("Submitted", (await SubmissionAsync(reporter, planId)).GetProperty("state").GetString());
        // Another unit's reviewer does not even see the month before it is published.
        Assert.Empty((await otherReviewer.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}/submissions")).EnumerateArray());
        Assert.DoesNotContain((await otherReviewer.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}/reports?period=2023-07")).EnumerateArray(),
            r => r.GetProperty("indicator").GetString() == "01-01-1");
    }

    [Theory, BothProviders]
    public async Task The_office_returns_a_month_it_verified_by_mistake_before_publishing_but_the_lead_unit_may_not(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        var reporter = await app.ClientAsAsync(Roles.Reporter, Education);
        var reviewer = await app.ClientAsAsync(Roles.Reviewer, Education);
        var office = await app.ClientAsAsync(Roles.Staff);
        await Expect.Status(HttpStatusCode.OK, await reporter.PostAsJsonAsync($"/api/plans/{planId}/reports", July(4), MinshengApp.Json));
        var id = (await SubmissionAsync(reporter, planId)).GetProperty("id").GetInt64();
        await Expect.Status(HttpStatusCode.OK, await StepAsync(reviewer, planId, id, "accept"));
        await Expect.Status(HttpStatusCode.OK, await StepAsync(office, planId, id, "verify"));

        var byLead = await StepAsync(reviewer, planId, id, "return", "想再改一下");
        var byOffice = await StepAsync(office, planId, id, "return", "核实有误：4所中1所未开工");
        await app.SubmitAndPublishAsync(planId, July(3));
        var afterPublishing = await StepAsync(office, planId, id, "return", "发布后不能退回");

        await Expect.Status(HttpStatusCode.Conflict, byLead);
        await Expect.Status(HttpStatusCode.OK, byOffice);
        await Expect.Status(HttpStatusCode.Conflict, afterPublishing);
        Assert.Equal(3, await SchoolsAsync(app, planId));
    }

    [Theory, BothProviders]
    public async Task A_published_figure_changes_only_through_a_new_version_with_a_reason(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        await app.SubmitAndPublishAsync(planId, July(4));

        var withoutReason = await app.SubmitMonthAsync(planId, July(5));
        await Expect.ProblemNaming("reason", withoutReason);
        await Expect.Status(HttpStatusCode.OK, await app.SubmitMonthAsync(planId, July(5, reason: "漏报1所已开工学校")));
        var beforeRepublishing = await SchoolsAsync(app, planId);
        await app.PublishAsync(planId, "2023-07");

        Assert.Equal(4, beforeRepublishing);
        Assert.Equal(5, await SchoolsAsync(app, planId));
        var versions = (await app.GetJsonAsync($"/api/plans/{planId}/submissions?period=2023-07")).EnumerateArray()
            .Select(s => (s.GetProperty("version").GetInt32(), s.GetProperty("reason").GetString())).ToList();
        Assert.Equal([(1, null), (2, "漏报1所已开工学校")], versions);
    }

    [Theory, BothProviders]
    public async Task A_past_month_is_shown_as_it_stood_before_the_next_month_was_published(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        await app.SubmitAndPublishAsync(planId, July(4));
        await app.SubmitAndPublishAsync(planId, July(5) with { Period = "2023-08" });
        await app.SubmitAndPublishAsync(planId, July(6, reason: "7月实际完成6所，补报"));

        var julyPage = await app.GetTextAsync($"/plans/{planId}/projects/01-01?month=2023-07");
        var latestJuly = await SchoolsAsync(app, planId);

        // The page of July as published then shows 4; the figure standing now for July is the correction.
        Assert.Contains("data-actual=\"4\"", julyPage);
        Assert.Equal(6, latestJuly);
    }

    [Theory, BothProviders]
    public async Task Units_that_had_not_reported_by_the_fifth_of_the_next_month_are_listed(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        await Expect.Status(HttpStatusCode.OK, await app.SubmitMonthAsync(planId, July(4)));
        app.WithDb(db =>
        {
            // The education bureau reported on 6 August, China time: a day late.
            db.Submissions.Single().SubmittedAt = new DateTimeOffset(2023, 8, 6, 9, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime();
            return db.SaveChanges();
        });

        var july = await app.GetJsonAsync($"/api/plans/{planId}/missing?period=2023-07");

        Assert.Equal("2023-08-05", july.GetProperty("deadline").GetString());
        Assert.True(july.GetProperty("due").GetBoolean());
        Assert.Equal(["市人社局"], july.GetProperty("notReported").EnumerateArray().Select(u => u.GetProperty("unit").GetString()));
        Assert.Equal([Education], july.GetProperty("late").EnumerateArray().Select(u => u.GetProperty("unit").GetString()));
    }

    [Fact]
    public void The_deadline_is_the_fifth_of_the_next_month_and_december_reports_by_the_fifth_of_january()
    {
        Assert.Equal(new DateOnly(2023, 8, 5), Missing.Deadline(new Engine.Model.Period(2023, 7)));
        Assert.Equal(new DateOnly(2024, 1, 5), Missing.Deadline(new Engine.Model.Period(2023, 12)));
        // 5 August 23:30 in Beijing is 15:30 UTC: still in time.
        Assert.False(Missing.After(new DateOnly(2023, 8, 5), new DateTimeOffset(2023, 8, 5, 15, 30, 0, TimeSpan.Zero)));
        Assert.True(Missing.After(new DateOnly(2023, 8, 5), new DateTimeOffset(2023, 8, 5, 16, 30, 0, TimeSpan.Zero)));
    }
}
