using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MiniExcelLibs;
using Minsheng.Data;
using Minsheng.Engine.Documents;
using Minsheng.Engine.Imports;
using Minsheng.Engine.Model;
using Minsheng.Imports;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>The office's list gives each project its sites (点位) in columns of its table; they reach the map with the plan.</summary>
public sealed class ImportingSitesWithAList : IDisposable
{
    private static readonly object[] Header = ["序号", "类别", "项目名称", "项目内容", "责任单位", "点位名称", "所在区域", "地址", "纬度", "经度"];

    private readonly string _folder = Directory.CreateTempSubdirectory("minsheng-sites-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A list whose first project has two sites (the second on a row of its own) and whose second has none; rows 3, 4 and 5.</summary>
    private static byte[] TwoSitesList() => Workbook(
        ["2025年某市民生实事项目"],
        Header,
        ["1", "教育惠民", "新建公办幼儿园", "新建公办幼儿园5所。", "市教育局", "东区实验幼儿园", "东区", "人民路1号", 34.6, 119.2],
        ["", "", "", "", "", "西区幼儿园", "西区", "", "34.55", "119.15"],
        ["2", "交通出行", "改造农村公路", "改造农村公路50公里。", "市交通局", "", "", "", "", ""]);

    /// <summary>An .xlsx of the rows, written as Excel would store them (numbers as numbers).</summary>
    private static byte[] Workbook(params object[][] rows)
    {
        using var stream = new MemoryStream();
        var width = rows.Max(r => r.Length);
        stream.SaveAs(rows.Select(row => Enumerable.Range(0, width).ToDictionary(c => ((char)('A' + c)).ToString(), c => c < row.Length ? row[c] : "")), printHeader: false);
        return stream.ToArray();
    }

    private static async Task<string> PreviewAsync(HttpClient client, byte[] list, string fileName = "清单.xlsx")
    {
        var response = await ListUploadPage.PreviewAsync(client, fileName, list);
        await Expect.Status(HttpStatusCode.OK, response);
        return await response.Content.ReadAsStringAsync();
    }

    private static (string Project, string Name, string? District, string? Address, decimal Latitude, decimal Longitude) Site(JsonElement site) => (
        site.GetProperty("project").GetString()!,
        site.GetProperty("name").GetString()!,
        site.GetProperty("district").GetString(),
        site.GetProperty("address").GetString(),
        site.GetProperty("latitude").GetDecimal(),
        site.GetProperty("longitude").GetDecimal());

    [Theory, BothProviders]
    public async Task Sites_in_a_lists_columns_are_stored_with_the_plan_and_drawn_on_the_public_map(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var client = await app.AdminAsync();

        var preview = await PreviewAsync(client, TwoSitesList());
        var id = ListUploadPage.SavedPlanId(await ListUploadPage.SaveAsync(client, preview));

        Assert.Contains("value=\"东区实验幼儿园\"", preview);
        var sites = (await app.GetJsonAsync($"/api/plans/{id}/sites")).EnumerateArray().Select(Site).ToList();
        Assert.Equal(
            [("01-01", "东区实验幼儿园", "东区", "人民路1号", 34.6m, 119.2m), ("01-01", "西区幼儿园", "西区", null, 34.55m, 119.15m)],
            sites);
        using var anyone = app.CreateClient();
        var map = JsonDocument.Parse(await anyone.GetStringAsync($"/api/public/plans/{id}/sites")).RootElement;
        var features = map.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(["东区实验幼儿园", "西区幼儿园"], features.Select(f => f.GetProperty("properties").GetProperty("name").GetString()));
        Assert.Equal([119.2m, 34.6m], features[0].GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDecimal()));
    }

    [Theory, BothProviders]
    public async Task The_plan_document_keeps_one_location_a_project_its_first_site(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var client = await app.AdminAsync();

        var id = ListUploadPage.SavedPlanId(await ListUploadPage.SaveAsync(client, await PreviewAsync(client, TwoSitesList())));

        var projects = PlanDocument.Read(await app.GetTextAsync($"/api/plans/{id}/document")).Plan.Projects.ToList();
        Assert.Equal([new Location(34.6m, 119.2m, "人民路1号"), null], projects.Select(p => p.Location));
        Assert.Equal(2, app.WithDb(db => db.Sites.Count()));
    }

    [Fact]
    public async Task A_site_corrected_one_dropped_and_one_added_in_the_preview_are_what_is_stored()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.AdminAsync();
        var preview = await PreviewAsync(client, TwoSitesList());
        const string first = "Form.Categories[0].Projects[0]";
        const string second = "Form.Categories[1].Projects[0]";

        var id = ListUploadPage.SavedPlanId(await ListUploadPage.SaveAsync(client, preview, new Dictionary<string, string?>
        {
            [$"{first}.Sites[0].Drop"] = "true",
            [$"{first}.Sites[1].Address"] = "西区中山路8号",
            [$"{second}.AddedSite.Latitude"] = "34.7",
            [$"{second}.AddedSite.Longitude"] = "119.3",
        }));

        var sites = (await app.GetJsonAsync($"/api/plans/{id}/sites")).EnumerateArray().Select(Site).ToList();
        Assert.Equal(
            [("01-01", "西区幼儿园", "西区", "西区中山路8号", 34.55m, 119.15m), ("02-01", "改造农村公路", null, null, 34.7m, 119.3m)],
            sites);
        var projects = PlanDocument.Read(await app.GetTextAsync($"/api/plans/{id}/document")).Plan.Projects.ToList();
        Assert.Equal([new Location(34.55m, 119.15m, "西区中山路8号"), new Location(34.7m, 119.3m, null)], projects.Select(p => p.Location));
    }

    [Fact]
    public async Task A_coordinate_spoiled_in_the_preview_is_named_on_save_and_nothing_is_stored()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.AdminAsync();
        var preview = await PreviewAsync(client, TwoSitesList());

        var response = await ListUploadPage.SaveAsync(client, preview, new Dictionary<string, string?>
        {
            ["Form.Categories[0].Projects[0].Sites[1].Latitude"] = "北纬34",
            ["Form.Categories[1].Projects[0].AddedSite.Name"] = "公路起点",
        });
        var page = await response.Content.ReadAsStringAsync();

        await Expect.Status(HttpStatusCode.OK, response);
        Assert.Contains("项目 01-01 点位 2 纬度：须为数字", page);
        Assert.Contains("项目 02-01 新增点位 纬度：未填写", page);
        Assert.Contains("value=\"北纬34\"", page);
        Assert.Equal((0, 0), app.WithDb(db => (db.Plans.Count(), db.Sites.Count())));
    }

    public static TheoryData<object[], string[]> BadSiteRows => new()
    {
        { ["1", "教育惠民", "新建公办幼儿园", "新建公办幼儿园5所。", "市教育局", "东区实验幼儿园", "东区", "人民路1号", "北纬34.6", 119.2], ["清单.xlsx 第3行 纬度：须为数字"] },
        { ["1", "教育惠民", "新建公办幼儿园", "新建公办幼儿园5所。", "市教育局", "东区实验幼儿园", "东区", "人民路1号", 94.6, 119.2], ["清单.xlsx 第3行 纬度：须在 -90 到 90 之间"] },
        { ["1", "教育惠民", "新建公办幼儿园", "新建公办幼儿园5所。", "市教育局", "东区实验幼儿园", "东区", "人民路1号", 34.6, -190], ["清单.xlsx 第3行 经度：须在 -180 到 180 之间"] },
        { ["1", "教育惠民", "新建公办幼儿园", "新建公办幼儿园5所。", "市教育局", "东区实验幼儿园", "东区", "人民路1号", 34.6, ""], ["清单.xlsx 第3行 经度：未填写"] },
        { ["1", "教育惠民", "新建公办幼儿园", "新建公办幼儿园5所。", "市教育局", "东区实验幼儿园", "东区", "人民路1号", "", ""], ["清单.xlsx 第3行 纬度：未填写", "清单.xlsx 第3行 经度：未填写"] },
    };

    [Theory]
    [MemberData(nameof(BadSiteRows))]
    public async Task A_bad_coordinate_is_refused_naming_the_file_row_and_column_and_nothing_is_stored(object[] row, string[] errors)
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.AdminAsync();

        var page = await PreviewAsync(client, Workbook(["2025年某市民生实事项目"], Header, row));

        Assert.Contains("文件无法导入，未保存任何内容：" + errors[0], page);
        Assert.All(errors, error => Assert.Contains(error, page));
        Assert.DoesNotContain("class=\"preview\"", page);
        Assert.Equal((0, 0), app.WithDb(db => (db.Plans.Count(), db.Sites.Count())));
    }

    [Fact]
    public async Task Each_bad_row_is_named_by_its_row_in_the_sheet_empty_rows_counted()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.AdminAsync();

        var page = await PreviewAsync(client, Workbook(
            ["2025年某市民生实事项目"],
            Header,
            ["1", "教育惠民", "新建公办幼儿园", "新建公办幼儿园5所。", "市教育局", "东区实验幼儿园", "东区", "", "34.6", "119,2"],
            [],
            ["", "", "", "", "", "西区幼儿园", "西区", "", "34.55", "1119.15"]));

        Assert.Contains("清单.xlsx 第3行 经度：须为数字", page);
        Assert.Contains("清单.xlsx 第5行 经度：须在 -180 到 180 之间", page);
    }

    [Fact]
    public async Task A_table_with_a_place_column_but_no_coordinates_gives_no_sites()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.AdminAsync();

        var preview = await PreviewAsync(client, Workbook(
            ["2025年某市民生实事项目"],
            ["序号", "项目名称", "项目内容", "责任单位", "建设地点"],
            ["1", "新建公办幼儿园", "新建公办幼儿园5所。", "市教育局", "东区"]));
        var id = ListUploadPage.SavedPlanId(await ListUploadPage.SaveAsync(client, preview));

        Assert.Contains("共 1 类、1 个项目、1 个指标、0 个点位", preview);
        Assert.Equal(0, (await app.GetJsonAsync($"/api/plans/{id}/sites")).GetArrayLength());
    }

    [Fact]
    public async Task The_command_line_writes_a_projects_first_site_as_its_location()
    {
        var list = Path.Combine(_folder, "清单.xlsx");
        await File.WriteAllBytesAsync(list, TwoSitesList());
        var plan = Path.Combine(_folder, "plan.json");

        var (exit, _, error) = await CommandLineRun.RunAsync(null, "import", list, "--out", plan);

        Assert.True(exit == 0, error);
        var json = JsonDocument.Parse(await File.ReadAllTextAsync(plan)).RootElement;
        var projects = json.GetProperty("categories").EnumerateArray().SelectMany(c => c.GetProperty("projects").EnumerateArray()).ToList();
        var location = projects[0].GetProperty("location");
        Assert.Equal((34.6m, 119.2m, "人民路1号"), (location.GetProperty("lat").GetDecimal(), location.GetProperty("lon").GetDecimal(), location.GetProperty("address").GetString()));
        Assert.False(projects[1].TryGetProperty("location", out _));
    }

    [Fact]
    public async Task The_command_line_names_each_bad_cell_on_a_line_of_its_own()
    {
        var list = Path.Combine(_folder, "清单.xlsx");
        await File.WriteAllBytesAsync(list, Workbook(
            ["2025年某市民生实事项目"],
            Header,
            ["1", "教育惠民", "新建公办幼儿园", "新建公办幼儿园5所。", "市教育局", "东区实验幼儿园", "东区", "", "北纬34.6", ""]));

        var (exit, _, error) = await CommandLineRun.RunAsync(null, "import", list);

        Assert.Equal(1, exit);
        Assert.Equal(["清单.xlsx 第3行 纬度：须为数字", "清单.xlsx 第3行 经度：未填写"], error.TrimEnd().Split('\n').Select(line => line[line.IndexOf("清单", StringComparison.Ordinal)..].TrimEnd()));
    }

    /// <summary>A .docx of tables, each a list of rows, after a title paragraph.</summary>
    private static byte[] WordTables(params string[][][] tables)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body(new Paragraph(new Run(new Text("2025年某市民生实事项目"))));
            foreach (var rows in tables) body.Append(new Table(rows.Select(row => new TableRow(row.Select(cell => new TableCell(new Paragraph(new Run(new Text(cell)))))))));
            document.AddMainDocumentPart().Document = new Document(body);
        }
        return stream.ToArray();
    }

    [Fact]
    public void A_Word_table_with_one_coordinate_column_gives_its_sites()
    {
        var list = WordTables(
        [
            ["序号", "项目名称", "项目内容", "责任单位", "建设地点", "坐标"],
            ["1", "新建公办幼儿园", "新建公办幼儿园5所。", "市教育局", "东区实验幼儿园", "34.6，119.2"],
            ["", "", "", "", "西区幼儿园", "34.55 119.15"],
        ]);

        var imported = PublishedListParser.Parse(ListFiles.ReadText("list.docx", list));

        Assert.Equal([("东区实验幼儿园", 34.6m, 119.2m), ("西区幼儿园", 34.55m, 119.15m)], imported.Projects[0].Sites.Select(s => (s.Name, s.Latitude, s.Longitude)));
    }

    [Fact]
    public void A_bad_coordinate_cell_in_a_Word_document_of_several_tables_is_named_by_its_table()
    {
        string[] header = ["序号", "项目名称", "责任单位", "点位名称", "经纬度"];
        var list = WordTables(
            [header, ["1", "新建公办幼儿园", "市教育局", "东区实验幼儿园", "34.6,119.2"]],
            [header, ["1", "改造农村公路", "市交通局", "公路起点", "34.6"], ["", "", "", "公路终点", "北纬34.7,119.3"]]);

        var error = Assert.Throws<ListFileException>(() => ListFiles.ReadText("list.docx", list));

        Assert.Equal(["list.docx 表格2 第2行 经纬度：须写作“纬度,经度”", "list.docx 表格2 第3行 经纬度：纬度须为数字"], error.Problems);
    }

    [Fact]
    public void A_site_above_every_project_is_refused_by_its_row()
    {
        var list = Workbook(Header, ["", "", "", "", "", "东区实验幼儿园", "东区", "", 34.6, 119.2], ["1", "教育惠民", "新建公办幼儿园", "新建公办幼儿园5所。", "市教育局"]);

        var error = Assert.Throws<ListFileException>(() => ListFiles.ReadText("清单.xlsx", list));

        Assert.Equal("清单.xlsx 第2行：点位须写在其项目的行或下方的行", Assert.Single(error.Problems));
    }
}
