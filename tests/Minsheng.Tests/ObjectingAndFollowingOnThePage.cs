using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Minsheng.Accounts;
using Minsheng.Data;
using Minsheng.Reporting;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>
/// A resident on a project's feedback page, pressing its buttons as a browser without script does: verifies
/// a phone with the page's own code button, objects to a published month's figure, follows the project.
/// </summary>
public class ObjectingAndFollowingOnThePage
{
    private const string Phone = "13912345678";

    /// <summary>Sends a code to the phone from the feedback page; the page as it comes back, and the code the phone got.</summary>
    private static async Task<(string Page, string Code)> VerifyOnThePageAsync(MinshengApp app, HttpClient resident, int planId)
    {
        var page = await resident.GetStringAsync($"/public/{planId}/projects/01-01/feedback");
        var sent = await PageForm.PressAsync(resident, page, "send-code", new Dictionary<string, string> { ["Phone"] = Phone });
        await Expect.Status(HttpStatusCode.OK, sent);
        return (await sent.Content.ReadAsStringAsync(), MinshengApp.CodeIn(app.Sms.To(Phone).Last()));
    }

    /// <summary>The sample plan with a month of 01-01's figures published: open to objection for 7 days.</summary>
    private static async Task<int> PlanWithAMonthPublishedAsync(MinshengApp app, string period)
    {
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        await app.SubmitAndPublishAsync(planId, new SubmitMonthRequest(period, Indicators: [new IndicatorFigure("01-01-1", 4)]));
        return planId;
    }

    private static Dictionary<string, string> Objection(string code, string period, string text) =>
        new() { ["Phone"] = Phone, ["SmsCode"] = code, ["Period"] = period, ["Indicator"] = "01-01-1", ["Text"] = text };

    private static Dictionary<string, string> Follow(string code) => new() { ["Phone"] = Phone, ["SmsCode"] = code };

    private static async Task<string> BodyAsync(HttpResponseMessage response)
    {
        await Expect.Status(HttpStatusCode.OK, response);
        return await response.Content.ReadAsStringAsync();
    }

    [Theory, BothProviders]
    public async Task An_objection_sent_from_the_page_reaches_the_offices_queue_naming_the_project_month_and_indicator(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await PlanWithAMonthPublishedAsync(app, "2023-08");
        using var resident = app.CreateClient();
        var (page, code) = await VerifyOnThePageAsync(app, resident, planId);

        var objected = await BodyAsync(await PageForm.PressAsync(resident, page, "object", Objection(code, "2023-08", "海州区只建成了3所")));
        var office = await app.ClientAsAsync(Roles.Staff);
        var queue = await office.GetStringAsync($"/feedback?plan={planId}");

        Assert.Contains("<option value=\"2023-08\">", page);
        Assert.Contains("异议已提交至督查室。", objected);
        var objection = Assert.Single(Regex.Matches(queue, "data-kind=\"Objection\">(.*?)</tr>", RegexOptions.Singleline)).Groups[1].Value;
        Assert.Contains("01-01 新建改扩建学校", objection);
        Assert.Contains("2023年8月 01-01-1", objection);
        Assert.Contains("海州区只建成了3所", objection);
        // The office tells residents apart by a masked phone; the number itself is never shown.
        Assert.Contains(Minsheng.Residents.PhoneVerification.Mask(Phone), objection);
        Assert.DoesNotContain(Phone, objection);
    }

    [Theory, BothProviders]
    public async Task An_objection_to_a_month_published_more_than_7_days_ago_is_refused_on_the_page_and_not_stored(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await PlanWithAMonthPublishedAsync(app, "2023-07");
        using var resident = app.CreateClient();
        var (page, code) = await VerifyOnThePageAsync(app, resident, planId);
        // The page was opened on the 7th day after July's publication; the objection is sent on the 8th.
        app.WithDb(db => db.Publications.Where(p => p.PlanId == planId).ExecuteUpdate(s => s.SetProperty(p => p.PublishedAt, DateTimeOffset.UtcNow.AddDays(-8))));

        var refused = await BodyAsync(await PageForm.PressAsync(resident, page, "object", Objection(code, "2023-07", "七月数字不对")));

        Assert.Contains("<option value=\"2023-07\">", page);
        Assert.Contains("该月份未公布或公布已超过7日，不能再提出异议。", refused);
        Assert.DoesNotContain("异议已提交至督查室。", refused);
        Assert.Equal(0, app.WithDb(db => db.Feedback.Count()));
    }

    [Theory, BothProviders]
    public async Task Following_twice_on_the_page_makes_one_follower_whose_phone_is_told_once_when_a_month_is_published(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider, settings: new Dictionary<string, string> { ["Portal:Limits:SecondsBetweenCodes"] = "0" });
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        using var resident = app.CreateClient();
        var (page, code) = await VerifyOnThePageAsync(app, resident, planId);

        var first = await BodyAsync(await PageForm.PressAsync(resident, page, "follow", Follow(code)));
        // A code serves one action: the second follow asks for a new one.
        var sameCode = await BodyAsync(await PageForm.PressAsync(resident, first, "follow", Follow(code)));
        var second = await BodyAsync(await PageForm.PressAsync(resident, first, "follow", Follow(await app.CodeForAsync(resident, Phone))));
        await app.SubmitAndPublishAsync(planId, new SubmitMonthRequest("2023-08", Indicators: [new IndicatorFigure("01-01-1", 6)]));

        Assert.Contains("已关注。", first);
        Assert.Contains("验证码错误或已过期", sameCode);
        Assert.Contains("已关注。", second);
        Assert.Equal(1, app.WithDb(db => db.Followers.Count(f => f.Phone == Phone)));
        var told = Assert.Single(app.Sms.To(Phone), message => message.Contains("进度已公布"));
        Assert.Contains("新建改扩建学校", told);
        Assert.Contains("2023年8月", told);
    }

    [Theory, BothProviders]
    public async Task Following_or_objecting_on_the_page_with_a_phone_never_sent_a_code_is_refused_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await PlanWithAMonthPublishedAsync(app, "2023-08");
        using var resident = app.CreateClient();
        var page = await resident.GetStringAsync($"/public/{planId}/projects/01-01/feedback");

        var follow = await BodyAsync(await PageForm.PressAsync(resident, page, "follow", Follow("123456")));
        var objection = await BodyAsync(await PageForm.PressAsync(resident, page, "object", Objection("123456", "2023-08", "数字不对")));

        Assert.Contains("验证码错误或已过期，请重新获取。", follow);
        Assert.DoesNotContain("已关注。", follow);
        Assert.Contains("验证码错误或已过期，请重新获取。", objection);
        Assert.DoesNotContain("异议已提交至督查室。", objection);
        Assert.Equal(0, app.WithDb(db => db.Followers.Count()));
        Assert.Equal(0, app.WithDb(db => db.Feedback.Count()));
    }
}
