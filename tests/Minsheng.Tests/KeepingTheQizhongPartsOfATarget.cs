using System.Net;
using System.Text;
using Minsheng.Data;
using Minsheng.Engine.Documents;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>
/// A 其中 sub-target in the unit of the target before it is imported as its part (a sub-indicator): the preview
/// says whose part it is and lets the office change that, the plan stores it on both providers, and the project's
/// figures and the counts of 子项 leave it out.
/// </summary>
public class KeepingTheQizhongPartsOfATarget
{
    private const string Project = "Form.Categories[0].Projects[0]";

    private static readonly byte[] List = Encoding.UTF8.GetBytes("""
        2025年某市民生实事项目
        一、城市安居
        (一)筹集保障性租赁住房
        项目内容:筹集保障性租赁住房3200套，其中新建1800套、改建1400套；加装电梯60部。
        责任单位:市住房城乡建设局
        """);

    private static async Task<string> PreviewAsync(HttpClient client)
    {
        var response = await ListUploadPage.PreviewAsync(client, "list.txt", List, "2025", "某市");
        await Expect.Status(HttpStatusCode.OK, response);
        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    [BothProviders]
    public async Task Parts_are_previewed_as_parts_of_their_target_stored_and_left_out_of_the_project_s_figures(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var client = await app.AdminAsync();

        var preview = await PreviewAsync(client);
        var id = ListUploadPage.SavedPlanId(await ListUploadPage.SaveAsync(client, preview));

        Assert.Contains("<option value=\"1\" selected=\"selected\">属于第1项</option>", preview);
        var plan = PlanDocument.Read(await app.GetTextAsync($"/api/plans/{id}/document")).Plan;
        Assert.Equal([(3200m, null), (1800m, "01-01-1"), (1400m, "01-01-1"), (60m, null)], plan.Indicators.Select(i => (i.Target, i.Of)));
        Assert.Equal(2, (await app.GetJsonAsync("/api/plans"))[0].GetProperty("indicators").GetInt32());
        var summary = await app.GetJsonAsync($"/api/plans/{id}/summary?asOf=2025-06-30");
        Assert.Equal(2, summary.GetProperty("overall").GetProperty("indicators").GetInt32());
        var project = summary.GetProperty("projects")[0];
        Assert.Equal(["01-01-1", "01-01-4"], project.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("code").GetString()));
        Assert.Equal(["01-01-1", "01-01-1"], project.GetProperty("subIndicators").EnumerateArray().Select(i => i.GetProperty("of").GetString()));
        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/plans/{id}/projects/01-01"));
        Assert.Contains("其中（属于 01-01-1）", page);
        var list = WebUtility.HtmlDecode(await client.GetStringAsync($"/indicators?plan={id}"));
        Assert.Contains("其中：</span> 新建保障性租赁住房", list);
    }

    [Fact]
    public async Task The_office_makes_a_target_a_part_or_a_part_a_target_of_its_own_in_the_preview()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.AdminAsync();
        var preview = await PreviewAsync(client);

        var saved = await ListUploadPage.SaveAsync(client, preview, new Dictionary<string, string?>
        {
            [$"{Project}.Indicators[1].Of"] = "",
            [$"{Project}.Indicators[0].Drop"] = "true",
            [$"{Project}.Added[0].Name"] = "其中新建电梯",
            [$"{Project}.Added[0].Target"] = "20",
            [$"{Project}.Added[0].Unit"] = "部",
            [$"{Project}.Added[0].Of"] = "4",
        });

        var id = ListUploadPage.SavedPlanId(saved);
        var plan = PlanDocument.Read(await app.GetTextAsync($"/api/plans/{id}/document")).Plan;
        // Without the dropped row the targets are numbered 1-4 again; the part of the dropped one stands alone.
        Assert.Equal([(1800m, null), (1400m, null), (60m, null), (20m, "01-01-3")], plan.Indicators.Select(i => (i.Target, i.Of)));
    }

    [Fact]
    public async Task A_part_in_another_unit_than_its_target_is_named_on_the_page_and_nothing_is_stored()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.AdminAsync();
        var preview = await PreviewAsync(client);

        var response = await ListUploadPage.SaveAsync(client, preview, new Dictionary<string, string?> { [$"{Project}.Indicators[1].Unit"] = "户" });

        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("项目 01-01 指标 2 其中：不能作为所选目标的“其中”", page);
        Assert.Empty((await app.GetJsonAsync("/api/plans")).EnumerateArray());
    }

    [Theory]
    [InlineData("99", "请选择本项目中的另一个目标（第 1 项至第 4 项）")]
    [InlineData("abc", "请选择本项目中的另一个目标")]
    [InlineData("-1", "请选择本项目中的另一个目标")]
    [InlineData("2", "不能属于自身")]
    [InlineData("3", "所选目标本身是另一项的“其中”")]
    public async Task A_part_of_no_other_target_is_named_on_its_row_and_nothing_is_stored(string of, string message)
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.AdminAsync();
        var preview = await PreviewAsync(client);

        var response = await ListUploadPage.SaveAsync(client, preview, new Dictionary<string, string?> { [$"{Project}.Indicators[1].Of"] = of });

        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"项目 01-01 指标 2 其中：{message}", page);
        Assert.Empty((await app.GetJsonAsync("/api/plans")).EnumerateArray());
    }

    [Fact]
    public async Task The_preview_counts_parts_apart_from_the_targets()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.AdminAsync();

        var preview = WebUtility.HtmlDecode(await PreviewAsync(client));

        Assert.Contains("共 1 类、1 个项目、2 个指标、0 个点位", preview);
        Assert.Contains("另有 2 个“其中”分项", preview);
    }
}
