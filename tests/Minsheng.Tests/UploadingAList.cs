using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Minsheng.Data;
using Minsheng.Engine.Documents;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>The office uploads a published list, checks the preview, corrects it and saves it as a plan.</summary>
public partial class UploadingAList
{
    private static byte[] Dalian => File.ReadAllBytes(ListUploadPage.Sample("dalian-2024-plan.txt"));

    private static async Task<string> PreviewDalianAsync(HttpClient client)
    {
        var response = await ListUploadPage.PreviewAsync(client, "dalian-2024-plan.txt", Dalian, "2024", "大连市");
        await Expect.Status(HttpStatusCode.OK, response);
        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    [BothProviders]
    public async Task The_Dalian_list_is_previewed_with_its_targets_marked_and_saved_as_a_plan_of_15_categories_and_46_projects(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var client = await app.AdminAsync();

        var preview = await PreviewDalianAsync(client);
        var saved = await ListUploadPage.SaveAsync(client, preview);

        Assert.Equal(46, ProjectSection().Matches(preview).Count);
        Assert.Equal(15, Regex.Matches(preview, "name=\"Form.Categories\\[\\d+\\].Code\"").Count);
        Assert.Contains("规划配售型保障性住房<mark data-indicator=\"1\">2170套<sup>1</sup></mark>", preview);
        Assert.True(Marks().Matches(preview).Count >= 70, $"only {Marks().Matches(preview).Count} targets are marked");
        var id = ListUploadPage.SavedPlanId(saved);
        Assert.Equal($"/?plan={id}", saved.Headers.Location!.OriginalString);
        var plan = await app.GetJsonAsync($"/api/plans/{id}");
        Assert.Equal(15, plan.GetProperty("categories").GetArrayLength());
        Assert.Equal(46, plan.GetProperty("categories").EnumerateArray().Sum(c => c.GetProperty("projects").GetArrayLength()));
        Assert.Equal((2024, "大连市"), (plan.GetProperty("year").GetInt32(), plan.GetProperty("region").GetString()));
    }

    [Fact]
    public async Task An_edited_target_a_dropped_one_and_an_added_one_are_what_is_stored()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.AdminAsync();
        var preview = await PreviewDalianAsync(client);
        const string project = "Form.Categories[2].Projects[0]";

        var saved = await ListUploadPage.SaveAsync(client, preview, new Dictionary<string, string?>
        {
            [$"{project}.Indicators[0].Target"] = "1,234",
            [$"{project}.Indicators[1].Drop"] = "true",
            [$"{project}.Added[0].Name"] = "加装电梯",
            [$"{project}.Added[0].Target"] = "50",
            [$"{project}.Added[0].Unit"] = "部",
        });

        var id = ListUploadPage.SavedPlanId(saved);
        var stored = PlanDocument.Read(await app.GetTextAsync($"/api/plans/{id}/document")).Plan.Projects.Single(p => p.Code == "03-01").Indicators;
        Assert.Equal([("老旧居民楼", 1234m), ("加装电梯", 50m)], stored.Select(i => (i.Name, i.Target)));
        Assert.Equal("部", stored[1].Unit);
    }

    [Fact]
    public async Task A_category_s_name_a_project_s_content_and_several_added_targets_are_stored_as_edited()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.AdminAsync();
        var preview = await PreviewDalianAsync(client);
        const string project = "Form.Categories[2].Projects[0]";

        var saved = await ListUploadPage.SaveAsync(client, preview, new Dictionary<string, string?>
        {
            ["Form.Categories[2].Name"] = "城市更新",
            [$"{project}.Content"] = "改造老旧居民楼1234栋，加装电梯50部，增设充电桩200个。",
            [$"{project}.Added[0].Name"] = "加装电梯",
            [$"{project}.Added[0].Target"] = "50",
            [$"{project}.Added[0].Unit"] = "部",
            [$"{project}.Added[2].Name"] = "增设充电桩",
            [$"{project}.Added[2].Target"] = "200",
            [$"{project}.Added[2].Unit"] = "个",
            [$"{project}.Added[2].Nodes"] = "6月:80",
        });

        var id = ListUploadPage.SavedPlanId(saved);
        var plan = PlanDocument.Read(await app.GetTextAsync($"/api/plans/{id}/document")).Plan;
        Assert.Equal("城市更新", plan.Categories[2].Name);
        var stored = plan.Projects.Single(p => p.Code == "03-01");
        Assert.Equal("改造老旧居民楼1234栋，加装电梯50部，增设充电桩200个。", stored.Content);
        Assert.Equal(["加装电梯", "增设充电桩"], stored.Indicators.Skip(stored.Indicators.Count - 2).Select(i => i.Name));
        Assert.Equal(80m, stored.Indicators[^1].Nodes[6]);
    }

    [Fact]
    public async Task A_node_that_is_not_month_and_figure_is_named_on_the_page_and_nothing_is_stored()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.AdminAsync();
        var preview = await PreviewDalianAsync(client);

        var response = await ListUploadPage.SaveAsync(client, preview, new Dictionary<string, string?>
        {
            ["Form.Categories[2].Projects[0].Indicators[0].Nodes"] = "六月底",
        });

        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("项目 03-01 指标 1 节点（月:累计目标）", page);
        Assert.Contains("应写成“月:累计目标”", page);
        Assert.Empty((await app.GetJsonAsync("/api/plans")).EnumerateArray());
    }

    [Fact]
    public async Task Each_target_takes_whole_numbers_as_its_unit_says_when_the_list_is_saved()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.AdminAsync();
        var preview = await PreviewDalianAsync(client);
        const string project = "Form.Categories[2].Projects[0]";

        var saved = await ListUploadPage.SaveAsync(client, preview, new Dictionary<string, string?>
        {
            [$"{project}.Added[0].Name"] = "加装电梯",
            [$"{project}.Added[0].Target"] = "50",
            [$"{project}.Added[0].Unit"] = "部",
        });

        var id = ListUploadPage.SavedPlanId(saved);
        var stored = app.WithDb(db => db.Indicators.Where(i => i.PlanId == id).Select(i => new { i.Name, i.Kind, i.Unit, i.WholeNumbers }).ToList());
        Assert.True(stored.Single(i => i.Name == "加装电梯").WholeNumbers);
        Assert.All(stored, i => Assert.Equal(Engine.Model.CountUnits.WholeNumbers(i.Kind, i.Unit), i.WholeNumbers));
        Assert.Contains(stored, i => i.Unit == "套" && i.WholeNumbers);
        Assert.Contains(stored, i => i.Unit == "公里" && !i.WholeNumbers);
    }

    [Fact]
    public async Task A_target_that_is_not_a_number_is_named_on_the_page_and_nothing_is_stored()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.AdminAsync();
        var preview = await PreviewDalianAsync(client);

        var response = await ListUploadPage.SaveAsync(client, preview, new Dictionary<string, string?>
        {
            ["Form.Categories[2].Projects[1].Indicators[0].Target"] = "一千",
            ["Form.Year"] = "",
        });
        var page = await response.Content.ReadAsStringAsync();

        await Expect.Status(HttpStatusCode.OK, response);
        Assert.Contains("项目 03-02 指标 1 目标值：须为数字", page);
        Assert.Contains("年度：", page);
        Assert.Contains("value=\"一千\"", page);
        Assert.Equal(0, app.WithDb(db => db.Plans.Count()));
    }

    [Fact]
    public async Task Saving_without_the_forms_antiforgery_token_is_refused()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.AdminAsync();
        var preview = await PreviewDalianAsync(client);

        var response = await ListUploadPage.SaveAsync(client, preview, new Dictionary<string, string?> { ["__RequestVerificationToken"] = null });

        await Expect.Status(HttpStatusCode.BadRequest, response);
        Assert.Equal(0, app.WithDb(db => db.Plans.Count()));
    }

    [Fact]
    public async Task Saving_a_plan_that_exists_says_so_and_stores_nothing_more()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.AdminAsync();
        var preview = await PreviewDalianAsync(client);

        ListUploadPage.SavedPlanId(await ListUploadPage.SaveAsync(client, preview));
        var again = await (await ListUploadPage.SaveAsync(client, preview)).Content.ReadAsStringAsync();

        Assert.Contains("大连市 2024 年的计划已存在", again);
        Assert.Equal(1, app.WithDb(db => db.Plans.Count()));
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "empty.txt", [], "empty.txt：文件是空的" },
        { "junk.txt", Junk(), "junk.txt：不是文本文件（含有二进制数据）" },
        { "list.docx", Encoding.UTF8.GetBytes("2024年大连市民生实事项目"), "list.docx：不是 .docx 文档（不是 zip 压缩包）" },
        { "huge.txt", new byte[17 * 1024 * 1024], "huge.txt：超过清单文件的上限（16 MB）" },
        { "huger.txt", new byte[40 * 1024 * 1024], "超过清单文件的上限（16 MB）" },
        { "notes.txt", Encoding.UTF8.GetBytes("2024年大连市民生实事项目\n今年要办好一些事。"), "notes.txt：没有找到编号的项目" },
    };

    [Theory]
    // Enumerated when run, not at discovery: the 17 MB and 40 MB files would be serialized into every test listing.
    [MemberData(nameof(BadFiles), DisableDiscoveryEnumeration = true)]
    public async Task A_bad_file_shows_the_command_lines_error_on_the_page_and_nothing_is_stored(string fileName, byte[] content, string error)
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.AdminAsync();

        var response = await ListUploadPage.PreviewAsync(client, fileName, content);
        var page = await response.Content.ReadAsStringAsync();

        await Expect.Status(HttpStatusCode.OK, response);
        Assert.Contains("文件无法导入", page);
        Assert.Contains(error, page);
        Assert.DoesNotContain("class=\"preview\"", page);
        Assert.Equal(0, app.WithDb(db => db.Plans.Count()));
    }

    [Fact]
    public async Task What_the_reader_could_not_find_is_said_in_chinese_on_the_preview_and_a_title_without_a_year_refuses()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.AdminAsync();
        var list = "2025年某市民生实事项目\n一、教育惠民\n(一)推进城中村改造\n项目内容:有序推进城中村改造。\n";

        var preview = await (await ListUploadPage.PreviewAsync(client, "list.txt", Encoding.UTF8.GetBytes(list))).Content.ReadAsStringAsync();
        var noYear = await (await ListUploadPage.PreviewAsync(client, "list.txt", Encoding.UTF8.GetBytes(list.Replace("2025年", "")))).Content.ReadAsStringAsync();

        Assert.Contains("01-01“推进城中村改造”：内容中没有找到可量化的目标", WebUtility.HtmlDecode(preview));
        Assert.Contains("01-01“推进城中村改造”：没有找到责任单位", WebUtility.HtmlDecode(preview));
        Assert.Contains("list.txt：标题中看不出年度，请指定年度", WebUtility.HtmlDecode(noYear));
    }

    [Fact]
    public async Task A_table_copied_into_text_is_previewed_saved_and_its_unread_column_named_on_the_page()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.AdminAsync();
        var table = string.Join('\n',
            "2025年某市民生实事项目清单",
            "序号\t项目名称\t主要内容及年度目标\t牵头单位\t完成时限\t备注",
            "1\t新建公办幼儿园\t新建公办幼儿园5所，新增学位1500个\t市教育局\t2025年9月底\t续建",
            "2\t改造农村公路\t改造农村公路50公里\t市交通局\t2025年11月底\t");

        var preview = await (await ListUploadPage.PreviewAsync(client, "清单.txt", Encoding.UTF8.GetBytes(table))).Content.ReadAsStringAsync();
        var id = ListUploadPage.SavedPlanId(await ListUploadPage.SaveAsync(client, preview));

        Assert.Contains("清单.txt 第2行 第6列“备注”：系统没有识别这一列", WebUtility.HtmlDecode(preview));
        Assert.Contains("value=\"9月:5\"", preview);
        var plan = await app.GetJsonAsync($"/api/plans/{id}/document");
        var projects = plan.GetProperty("categories").EnumerateArray().SelectMany(c => c.GetProperty("projects").EnumerateArray()).ToList();
        Assert.Equal(2, projects.Count);
        // 完成时限 became the nodes: 5 schools by September, 50 km by November.
        Assert.Equal(5m, projects[0].GetProperty("indicators")[0].GetProperty("nodes").GetProperty("9").GetDecimal());
        Assert.Equal(50m, projects[1].GetProperty("indicators")[0].GetProperty("nodes").GetProperty("11").GetDecimal());
    }

    [Fact]
    public async Task The_office_says_what_an_unread_column_means_and_the_same_file_is_read_again_with_it()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.AdminAsync();
        var table = string.Join('\n',
            "序号\t项目名称\t主要内容\t牵头单位\t年度安排\t说明",
            "1\t新建公办幼儿园\t新建公办幼儿园5所\t市教育局\t新增学位1500个\t续建项目",
            "2\t改造农村公路\t改造农村公路50公里\t市交通局\t\t");

        var preview = await (await ListUploadPage.PreviewAsync(client, "清单.txt", Encoding.UTF8.GetBytes(table), "2025", "某市")).Content.ReadAsStringAsync();
        var remapped = await (await ListUploadPage.RemapAsync(client, preview, new Dictionary<string, string> { ["年度安排"] = "Content" })).Content.ReadAsStringAsync();
        var id = ListUploadPage.SavedPlanId(await ListUploadPage.SaveAsync(client, remapped));

        Assert.Contains("data-choice=\"年度安排\"", preview);
        Assert.Contains("data-choice=\"说明\"", preview);
        // 年度安排 is content now, with its target; 说明 was set aside by choice and is no longer mentioned.
        Assert.DoesNotContain("data-remap", remapped);
        Assert.DoesNotContain("data-note", remapped);
        var document = await app.GetJsonAsync($"/api/plans/{id}/document");
        var school = document.GetProperty("categories")[0].GetProperty("projects")[0];
        Assert.Contains("新增学位1500个", school.GetProperty("content").GetString());
        Assert.Equal([5m, 1500m], school.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("target").GetDecimal()));
        Assert.DoesNotContain("续建项目", document.GetRawText());
    }

    [Fact]
    public async Task A_remap_whose_file_was_tampered_with_is_refused_and_saves_nothing()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.AdminAsync();
        var page = await client.GetStringAsync("/imports");

        var response = await client.PostAsync("/imports?handler=Remap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["fileName"] = "清单.txt", ["content"] = "not base64!", ["choices[0].Heading"] = "说明", ["choices[0].Meaning"] = "Drop table",
            ["__RequestVerificationToken"] = PageForm.Token(page),
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("没有收到要重新读取的文件", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Empty((await app.GetJsonAsync("/api/plans")).EnumerateArray());
    }

    [Fact]
    public async Task A_remap_or_a_save_with_more_rows_than_a_form_binds_is_no_server_error()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.AdminAsync();
        var token = PageForm.Token(await client.GetStringAsync("/imports"));
        var choices = Enumerable.Range(0, 1_500).SelectMany(i => new[] { new KeyValuePair<string, string>($"choices[{i}].Heading", $"列{i}"), new($"choices[{i}].Meaning", "Content") });
        var added = Enumerable.Range(0, 1_500).Select(i => new KeyValuePair<string, string>($"Form.Categories[0].Projects[0].Added[{i}].Name", "x"));

        var remap = await client.PostAsync("/imports?handler=Remap", new FormUrlEncodedContent(choices.Append(new("__RequestVerificationToken", token))));
        var save = await client.PostAsync("/imports?handler=Save", new FormUrlEncodedContent(added.Append(new("__RequestVerificationToken", token))));

        Assert.True((int)remap.StatusCode < 500, $"{remap.StatusCode}");
        Assert.True((int)save.StatusCode < 500, $"{save.StatusCode}");
        Assert.Empty((await app.GetJsonAsync("/api/plans")).EnumerateArray());
    }

    [Fact]
    public async Task The_year_and_region_given_on_the_form_name_a_list_whose_title_does_not()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.AdminAsync();
        var list = "民生实事项目\n一、教育惠民\n(一)新建公办幼儿园\n项目内容:新建公办幼儿园5所。\n责任单位:市教育局\n";

        var preview = await (await ListUploadPage.PreviewAsync(client, "list.txt", Encoding.UTF8.GetBytes(list), "2025", "某市")).Content.ReadAsStringAsync();
        var id = ListUploadPage.SavedPlanId(await ListUploadPage.SaveAsync(client, preview));

        var plan = await app.GetJsonAsync($"/api/plans/{id}");
        Assert.Equal((2025, "某市"), (plan.GetProperty("year").GetInt32(), plan.GetProperty("region").GetString()));
    }

    private static byte[] Junk()
    {
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);
        return junk;
    }

    [GeneratedRegex("<section class=\"project\" data-project=\"\\d\\d-\\d\\d\"")]
    private static partial Regex ProjectSection();

    [GeneratedRegex("<mark data-indicator=")]
    private static partial Regex Marks();
}
