using System.Net;
using MiniExcelLibs;
using Minsheng.Accounts;
using Minsheng.Data;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>The office's pages of the portal: sites set with a form, and the queue of residents' feedback.</summary>
public class RunningThePortal
{
    [Theory, BothProviders]
    public async Task The_office_adds_a_site_with_the_form_and_refuses_one_without_coordinates(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        var office = await app.ClientAsAsync(Roles.Staff);
        var token = PageForm.Token(await office.GetStringAsync($"/sites?plan={planId}"));

        var added = await office.PostAsync($"/sites?plan={planId}&handler=Add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Add.Project"] = "02-02", ["Add.Name"] = "赣榆区技能培训中心", ["Add.District"] = "赣榆区", ["Add.Latitude"] = "34.84", ["Add.Longitude"] = "119.13",
            ["__RequestVerificationToken"] = token,
        }));
        var refused = await office.PostAsync($"/sites?plan={planId}&handler=Add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Add.Project"] = "02-02", ["Add.Name"] = "无坐标点位", ["__RequestVerificationToken"] = token,
        }));
        var page = await office.GetStringAsync($"/sites?plan={planId}");
        var publicPage = await app.CreateClient().GetStringAsync($"/public/{planId}/projects/02-02");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("请填写-90到90之间的纬度", await refused.Content.ReadAsStringAsync());
        Assert.Contains("赣榆区技能培训中心", page);
        Assert.DoesNotContain("无坐标点位", page);
        Assert.Contains("赣榆区技能培训中心", publicPage);
    }

    [Theory, BothProviders]
    public async Task The_office_approves_feedback_from_its_queue_page(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        using var resident = app.CreateClient();
        var code = await app.CodeForAsync(resident, "13812340000");
        await Expect.Status(HttpStatusCode.Created, await resident.PostAsync($"/api/public/plans/{planId}/projects/01-01/feedback",
            System.Net.Http.Json.JsonContent.Create(new { phone = "13812340000", code, kind = "suggestion", text = "建议增设校车" })));
        var office = await app.ClientAsAsync(Roles.Admin);

        var queue = await office.GetStringAsync($"/feedback?plan={planId}");
        var id = app.WithDb(db => db.Feedback.Single().Id);
        var approved = await office.PostAsync($"/feedback?plan={planId}&handler=Approve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["feedbackId"] = id.ToString(), ["__RequestVerificationToken"] = PageForm.Token(queue),
        }));
        var publicPage = await resident.GetStringAsync($"/public/{planId}/projects/01-01");

        Assert.Contains("建议增设校车", queue);
        Assert.Contains("138****0000", queue);
        Assert.DoesNotContain("13812340000", queue);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(FeedbackState.Approved, app.WithDb(db => db.Feedback.Single().State));
        Assert.Contains("建议增设校车", publicPage);
    }

    private static async Task<HttpResponseMessage> UploadSheetAsync(HttpClient office, int planId, IEnumerable<Dictionary<string, object>> rows)
    {
        var token = PageForm.Token(await office.GetStringAsync($"/sites?plan={planId}"));
        using var workbook = new MemoryStream();
        MiniExcel.SaveAs(workbook, rows);
        return await office.PostAsync($"/sites?plan={planId}&handler=Sheet", new MultipartFormDataContent
        {
            { new ByteArrayContent(workbook.ToArray()), "sheet", "点位.xlsx" },
            { new StringContent(token), "__RequestVerificationToken" },
        });
    }

    private static Dictionary<string, object> Row(string project, string name, object latitude, object longitude) =>
        new() { ["项目编号"] = project, ["点位名称"] = name, ["区域"] = "海州区", ["地址"] = "", ["纬度"] = latitude, ["经度"] = longitude };

    [Theory, BothProviders]
    public async Task Sites_come_from_an_excel_sheet_all_or_nothing_and_twice_changes_nothing(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        var office = await app.ClientAsAsync(Roles.Admin);
        var before = app.WithDb(db => db.Sites.Count());

        var bad = await UploadSheetAsync(office, planId, [Row("02-01", "人社服务站", 34.6, 119.2), Row("09-09", "不存在的项目", 34.6, 119.2), Row("02-02", "坐标有误", "北纬", 119.2)]);
        var afterBad = app.WithDb(db => db.Sites.Count());
        Dictionary<string, object>[] good = [Row("02-01", "人社服务站", 34.6, 119.2), Row("02-02", "实训基地", 34.61, 119.21)];
        var first = await UploadSheetAsync(office, planId, good);
        var second = await UploadSheetAsync(office, planId, good);

        var refusal = await bad.Content.ReadAsStringAsync();
        Assert.Contains("第3行 项目编号", refusal);
        Assert.Contains("第4行 纬度", refusal);
        Assert.Equal(before, afterBad);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(before + 2, app.WithDb(db => db.Sites.Count()));
    }
}
