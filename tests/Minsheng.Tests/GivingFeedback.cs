using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minsheng.Accounts;
using Minsheng.Data;
using Minsheng.Reporting;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>A resident verifies a phone, rates a project, objects to a figure, follows a project; the office moderates.</summary>
public class GivingFeedback
{
    private const string Phone = "13912345678";

    private static Task<HttpResponseMessage> FeedbackAsync(HttpClient resident, int planId, object body) =>
        resident.PostAsJsonAsync($"/api/public/plans/{planId}/projects/01-01/feedback", body);

    [Theory, BothProviders]
    public async Task Feedback_is_shown_only_once_the_office_approves_it_with_the_lead_units_answer(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        using var resident = app.CreateClient();
        var code = await app.CodeForAsync(resident, Phone);

        var given = await FeedbackAsync(resident, planId, new { phone = Phone, code, kind = "comment", rating = 4, text = "希望学校早日建成" });
        var beforeApproval = await resident.GetStringAsync($"/public/{planId}/projects/01-01");
        var queue = await app.GetJsonAsync($"/api/plans/{planId}/feedback?state=pending");
        var id = queue[0].GetProperty("id").GetInt64();
        var admin = await app.AdminAsync();
        await Expect.Status(HttpStatusCode.OK, await admin.PostAsync($"/api/plans/{planId}/feedback/{id}/approve", null));
        var otherUnit = await app.ClientAsAsync(Roles.Reporter, "市人社局");
        var leadUnit = await app.ClientAsAsync(Roles.Reporter, "市教育局");
        var wrongAnswer = await otherUnit.PostAsJsonAsync($"/api/plans/{planId}/feedback/{id}/answer", new { answer = "不归我们管" });
        await Expect.Status(HttpStatusCode.OK, await leadUnit.PostAsJsonAsync($"/api/plans/{planId}/feedback/{id}/answer", new { answer = "预计9月开学前投用" }));
        var page = await resident.GetStringAsync($"/public/{planId}/projects/01-01");
        var json = await resident.GetFromJsonAsync<JsonElement>($"/api/public/plans/{planId}/projects/01-01");

        await Expect.Status(HttpStatusCode.Created, given);
        Assert.DoesNotContain("希望学校早日建成", beforeApproval);
        Assert.Equal(1, queue.GetArrayLength());
        await Expect.Status(HttpStatusCode.Forbidden, wrongAnswer);
        Assert.Contains("希望学校早日建成", page);
        Assert.Contains("预计9月开学前投用", page);
        Assert.Contains("1条评分，平均4.0分", page);
        Assert.DoesNotContain(Phone, page);
        Assert.DoesNotContain(Phone, json.ToString());
        Assert.Equal(4m, json.GetProperty("ratings").GetProperty("average").GetDecimal());
    }

    [Theory, BothProviders]
    public async Task A_wrong_code_is_refused_and_five_wrong_codes_spend_it(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        using var resident = app.CreateClient();
        var code = await app.CodeForAsync(resident, Phone);
        var wrong = code == "000000" ? "111111" : "000000";

        var first = await FeedbackAsync(resident, planId, new { phone = Phone, code = wrong, rating = 5 });
        for (var i = 0; i < 4; i++) await FeedbackAsync(resident, planId, new { phone = Phone, code = wrong, rating = 5 });
        var rightButTooLate = await FeedbackAsync(resident, planId, new { phone = Phone, code, rating = 5 });

        await Expect.ProblemNaming("code", first);
        await Expect.ProblemNaming("code", rightButTooLate);
        Assert.Equal(0, app.WithDb(db => db.Feedback.Count()));
    }

    [Theory, BothProviders]
    public async Task A_phone_gets_one_code_a_minute(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        using var resident = app.CreateClient();
        await app.CodeForAsync(resident, Phone);

        var again = await resident.PostAsJsonAsync("/api/public/phone-codes", new { phone = Phone });
        var badPhone = await resident.PostAsJsonAsync("/api/public/phone-codes", new { phone = "12345" });

        await Expect.Status(HttpStatusCode.TooManyRequests, again);
        await Expect.ProblemNaming("phone", badPhone);
        Assert.Single(app.Sms.To(Phone));
    }

    [Theory, BothProviders]
    public async Task A_phone_gives_a_few_feedbacks_a_day_each_with_its_own_code(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider, settings: new Dictionary<string, string>
        {
            ["Portal:Limits:FeedbackPerPhonePerDay"] = "2", ["Portal:Limits:SecondsBetweenCodes"] = "0",
        });
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        using var resident = app.CreateClient();

        var code = await app.CodeForAsync(resident, Phone);
        await Expect.Status(HttpStatusCode.Created, await FeedbackAsync(resident, planId, new { phone = Phone, code, rating = 5 }));
        var sameCodeAgain = await FeedbackAsync(resident, planId, new { phone = Phone, code, kind = "suggestion", text = "增加停车位" });
        code = await app.CodeForAsync(resident, Phone);
        await Expect.Status(HttpStatusCode.Created, await FeedbackAsync(resident, planId, new { phone = Phone, code, kind = "suggestion", text = "增加停车位" }));
        code = await app.CodeForAsync(resident, Phone);
        var third = await FeedbackAsync(resident, planId, new { phone = Phone, code, rating = 1 });

        await Expect.ProblemNaming("code", sameCodeAgain);
        await Expect.Status(HttpStatusCode.TooManyRequests, third);
        Assert.Equal(2, app.WithDb(db => db.Feedback.Count()));
    }

    [Fact]
    public async Task One_address_posting_too_often_is_refused_with_429()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string> { ["Portal:Limits:PostsPerAddressPerMinute"] = "3" });
        using var resident = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) statuses.Add((await resident.PostAsJsonAsync("/api/public/phone-codes", new { phone = $"1380000000{i}" })).StatusCode);

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], statuses);
    }

    [Theory, BothProviders]
    public async Task An_objection_within_7_days_of_a_months_publication_reaches_the_offices_queue(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        await app.SubmitAndPublishAsync(planId, new SubmitMonthRequest("2023-07", Indicators: [new IndicatorFigure("01-01-1", 4)]));
        await app.SubmitAndPublishAsync(planId, new SubmitMonthRequest("2023-08", Indicators: [new IndicatorFigure("01-01-1", 5)]));
        using var resident = app.CreateClient();
        var code = await app.CodeForAsync(resident, Phone);
        // July was published 8 days ago; August just now.
        app.WithDb(db => db.Publications.Where(p => p.Month == 7).ExecuteUpdate(s => s.SetProperty(p => p.PublishedAt, DateTimeOffset.UtcNow.AddDays(-8))));

        var august = await resident.PostAsJsonAsync($"/api/public/plans/{planId}/projects/01-01/objections",
            new { phone = Phone, code, period = "2023-08", indicator = "01-01-1", text = "海州区只建成了3所" });
        var july = await resident.PostAsJsonAsync($"/api/public/plans/{planId}/projects/01-01/objections",
            new { phone = Phone, code, period = "2023-07", text = "七月数字不对" });
        var queue = await app.GetJsonAsync($"/api/plans/{planId}/feedback?kind=objection&state=pending");
        var page = await resident.GetStringAsync($"/public/{planId}/projects/01-01");

        await Expect.Status(HttpStatusCode.Created, august);
        await Expect.ProblemNaming("period", july);
        var objection = Assert.Single(queue.EnumerateArray());
        Assert.Equal("2023-08", objection.GetProperty("period").GetString());
        Assert.Equal("01-01-1", objection.GetProperty("indicator").GetString());
        Assert.Equal("139****5678", objection.GetProperty("phone").GetString());
        Assert.DoesNotContain("海州区只建成了3所", page);
    }

    [Theory, BothProviders]
    public async Task A_follower_is_told_when_a_month_is_published_for_the_project_and_when_it_is_completed(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        using var resident = app.CreateClient();
        var code = await app.CodeForAsync(resident, Phone);
        await Expect.Status(HttpStatusCode.Created, await resident.PostAsJsonAsync($"/api/public/plans/{planId}/projects/01-01/followers", new { phone = Phone, code }));

        await app.SubmitAndPublishAsync(planId, new SubmitMonthRequest("2023-07", Indicators: [new IndicatorFigure("02-01-1", 60_000)]));
        var afterOtherUnitsMonth = app.Sms.To(Phone).Count;
        await app.SubmitAndPublishAsync(planId, new SubmitMonthRequest("2023-08", Indicators: [new IndicatorFigure("01-01-1", 6)]));
        await app.SubmitAndPublishAsync(planId, new SubmitMonthRequest("2023-09", Indicators: [new IndicatorFigure("01-01-1", 8), new IndicatorFigure("01-01-2", 4)]));
        await app.SubmitAndPublishAsync(planId, new SubmitMonthRequest("2023-10", Indicators: [new IndicatorFigure("01-01-1", 8)]));
        var messages = app.Sms.To(Phone);

        Assert.Equal(1, afterOtherUnitsMonth);
        Assert.Equal(4, messages.Count);
        Assert.Contains("新建改扩建学校", messages[1]);
        Assert.Contains("2023年8月进度已公布", messages[1]);
        Assert.Contains("已完成", messages[2]);
        Assert.Contains($"/public/{planId}/projects/01-01", messages[2]);
        Assert.Contains("2023年10月进度已公布", messages[3]);
    }
}
