using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MiniExcelLibs;
using Minsheng.Engine.Imports;
using Minsheng.Imports;

namespace Minsheng.Tests;

/// <summary>
/// A list laid out as a table the way cities publish it (序号 | 类别 | 项目名称 | 主要内容及年度目标 | 牵头单位 | 配合单位 |
/// 完成时限), read by what its headings mean, in Word, Excel and as text copied from a table (tab-separated); a column
/// the import does not read is named to the office, never dropped unsaid.
/// </summary>
public sealed class ReadingListTablesByMeaning
{
    private static readonly string[][] Table =
    [
        ["2025年某市民生实事项目清单", "", "", "", "", "", "", ""],
        ["序号", "类别", "项目名称", "主要内容及年度目标", "牵头单位", "配合单位", "完成时限", "备注"],
        ["1", "教育惠民", "新建公办幼儿园", "新建公办幼儿园5所，新增学位1500个", "市教育局", "市财政局", "2025年9月底", "续建"],
        ["2", "", "改造农村学校食堂", "改造农村学校食堂20个", "市教育局", "", "2025年12月底", ""],
        ["3", "交通出行", "改造农村公路", "改造农村公路50公里", "市交通局", "各区政府", "2025年11月底", ""],
    ];

    [Fact]
    public void A_tab_separated_copy_of_the_table_reads_as_the_list_with_its_targets()
    {
        var text = string.Join("\n", Table.Select(row => string.Join('\t', row)));

        var file = ListFiles.Read("清单.txt", Encoding.UTF8.GetBytes(text));

        AssertIsTheTable(file);
    }

    [Fact]
    public void A_copy_of_the_table_aligned_with_spaces_reads_the_same_with_its_empty_cells_in_place()
    {
        // As pdftotext -layout or a fixed-width printout gives it: each column starts under its heading, an empty
        // cell (the second row's 类别 and 配合单位) only more spaces; a Chinese character is two places wide.
        var widths = Table[1].Select((_, column) => Table.Skip(1).Max(row => Width(row[column])) + 3).ToArray();
        var lines = Table.Select((row, index) => index == 0 ? row[0] : string.Concat(row.Select((cell, column) => cell + new string(' ', widths[column] - Width(cell)))).TrimEnd());

        var file = ListFiles.Read("清单.txt", Encoding.UTF8.GetBytes(string.Join("\n", lines)));

        AssertIsTheTable(file);
    }

    private static int Width(string text) => text.Sum(c => c >= '\u1100' ? 2 : 1);

    [Fact]
    public void The_same_table_in_Excel_reads_the_same()
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, Table.Select(row => row.Select((cell, i) => (cell, i)).ToDictionary(x => ((char)('A' + x.i)).ToString(), x => (object)x.cell)), printHeader: false);

        AssertIsTheTable(ListFiles.Read("清单.xlsx", stream.ToArray()));
    }

    [Fact]
    public void The_same_table_in_Word_with_a_category_row_reads_the_same()
    {
        // Word lists often give a category as a row of its own across the table instead of a column.
        string[][] rows =
        [
            ["序号", "项目名称", "建设内容", "年度目标任务", "牵头单位", "配合单位", "完成时限", "备注"],
            ["一、教育惠民"],
            ["1", "新建公办幼儿园", "新建公办幼儿园5所", "新增学位1500个", "市教育局", "市财政局", "2025年9月底", "续建"],
            ["2", "改造农村学校食堂", "改造农村学校食堂20个", "", "市教育局", "", "2025年12月底", ""],
            ["二、交通出行"],
            ["3", "改造农村公路", "改造农村公路50公里", "", "市交通局", "各区政府", "2025年11月底", ""],
        ];
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(
                new Paragraph(new Run(new Text("2025年某市民生实事项目清单"))),
                new DocumentFormat.OpenXml.Wordprocessing.Table(rows.Select(row => new TableRow(row.Select(cell => new TableCell(new Paragraph(new Run(new Text(cell))))))))));
        }

        AssertIsTheTable(ListFiles.Read("清单.docx", stream.ToArray()));
    }

    [Fact]
    public async Task The_command_line_reads_the_copied_table_and_names_the_column_it_did_not_read()
    {
        var folder = Directory.CreateTempSubdirectory("minsheng-table-").FullName;
        try
        {
            var list = Path.Combine(folder, "清单.txt");
            await File.WriteAllTextAsync(list, string.Join("\n", Table.Select(row => string.Join('\t', row))));
            var plan = Path.Combine(folder, "plan.json");

            var (exit, _, error) = await Infrastructure.CommandLineRun.RunAsync(null, "import", list, "--out", plan);

            Assert.Equal(0, exit);
            Assert.Contains("清单.txt 第2行 第8列“备注”", error);
            Assert.Contains("改造农村学校食堂", await File.ReadAllTextAsync(plan));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Investment_and_district_columns_give_the_project_s_investment_and_districts()
    {
        string[][] rows =
        [
            ["2025年某市民生实事项目清单"],
            ["序号", "项目名称", "建设内容", "牵头单位", "总投资（万元）", "实施区域"],
            ["1", "新建公办幼儿园", "新建公办幼儿园5所", "市教育局", "5000", "中山区、西岗区"],
            ["2", "改造农村公路", "改造农村公路50公里", "市交通局", "1.2亿元", ""],
            ["3", "新建口袋公园", "新建口袋公园10个", "市园林局", "800万", ""],
        ];

        var file = ListFiles.Read("清单.txt", Encoding.UTF8.GetBytes(string.Join("\n", rows.Select(row => string.Join('\t', row)))));
        var projects = PublishedListParser.Parse(file.Text).Plan.Projects.ToList();

        Assert.Empty(file.Notes);
        Assert.Equal([50_000_000m, 120_000_000m, 8_000_000m], projects.Select(p => p.Investment));
        Assert.Equal(["中山区", "西岗区"], projects[0].Districts);
        Assert.Equal([5m, 50m, 10m], projects.SelectMany(p => p.Indicators).Select(i => i.Target));
    }

    [Fact]
    public void An_amount_without_a_unit_in_its_cell_or_heading_is_not_guessed_and_the_office_is_told()
    {
        var table = "2025年某市民生实事项目清单\n序号\t项目名称\t建设内容\t牵头单位\t计划投资\n1\t新建公办幼儿园\t新建公办幼儿园5所\t市教育局\t5000";

        var file = ListFiles.Read("清单.txt", Encoding.UTF8.GetBytes(table));

        Assert.Null(PublishedListParser.Parse(file.Text).Plan.Projects.Single().Investment);
        Assert.Contains("清单.txt 第3行：投资“5000”没有单位，未读取", Assert.Single(file.Notes));
    }

    [Fact]
    public void A_heading_naming_the_content_and_its_deadline_is_the_content()
    {
        var table = "2025年某市民生实事项目清单\n序号\t项目名称\t主要内容及完成时限\t牵头单位\n1\t新建公办幼儿园\t新建公办幼儿园5所，9月底前完成\t市教育局";

        var indicator = PublishedListParser.Parse(ListFiles.Read("清单.txt", Encoding.UTF8.GetBytes(table)).Text).Plan.Indicators.Single();

        Assert.Equal((5m, 5m), (indicator.Target, indicator.Nodes.GetValueOrDefault(9)));
    }

    [Fact]
    public void Text_with_more_pieces_a_line_than_any_table_has_columns_is_read_as_text()
    {
        var wide = string.Join("  ", Enumerable.Range(1, 100).Select(i => "格" + i));
        var text = $"2025年某市民生实事项目清单\n序号  项目名称  主要内容  牵头单位  {wide}\n1  新建公办幼儿园  新建公办幼儿园5所  市教育局";

        var file = ListFiles.Read("清单.txt", Encoding.UTF8.GetBytes(text));

        Assert.DoesNotContain("项目内容:", file.Text);
    }

    [Fact]
    public void Text_with_a_few_tabs_that_is_not_a_table_is_read_as_text()
    {
        const string list = "2025年某市民生实事项目\n一、教育惠民\n(一)新建公办幼儿园\t\n项目内容:新建公办幼儿园5所。\n牵头单位:市教育局";

        var file = ListFiles.Read("清单.txt", Encoding.UTF8.GetBytes(list));

        Assert.Equal(["新建公办幼儿园"], PublishedListParser.Parse(file.Text).Plan.Projects.Select(p => p.Name));
        Assert.Empty(file.Notes);
    }

    private static void AssertIsTheTable(ListFileText file)
    {
        var imported = PublishedListParser.Parse(file.Text);
        var plan = imported.Plan;
        Assert.Equal((2025, "某市"), (plan.Year, plan.Region));
        Assert.Equal(["教育惠民", "交通出行"], plan.Categories.Select(c => c.Name));
        Assert.Equal(["新建公办幼儿园", "改造农村学校食堂", "改造农村公路"], plan.Projects.Select(p => p.Name));
        Assert.Equal(["市教育局", "市教育局", "市交通局"], plan.Projects.Select(p => p.Lead));
        Assert.Equal([5m, 1500m, 20m, 50m], plan.Indicators.Select(i => i.Target));
        // 完成时限 is each indicator's node: all due in September, nothing before December, 50 km by November.
        Assert.Equal([9, 9, 0, 11], plan.Indicators.Select(i => i.Nodes.Keys.SingleOrDefault()));
        Assert.Equal([5m, 1500m, 0m, 50m], plan.Indicators.Select(i => i.Nodes.Values.SingleOrDefault()));
        // 备注 is read for nothing: the office is told which column of which row, in Chinese.
        var note = Assert.Single(file.Notes);
        Assert.Contains("第8列“备注”", note);
        Assert.Contains("清单.", note);
    }
}
