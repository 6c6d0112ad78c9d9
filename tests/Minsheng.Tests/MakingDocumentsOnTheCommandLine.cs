using DocumentFormat.OpenXml.Packaging;
using Minsheng.Documents;
using Minsheng.Engine.Bulletins;
using Minsheng.Engine.Documents;
using Minsheng.Engine.Tests;
using Minsheng.Spreadsheets;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>minsheng report bulletin|card|table --plan FILE --as-of DATE --out FILE, from a plan document alone.</summary>
public sealed class MakingDocumentsOnTheCommandLine : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("minsheng-report-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string File(string name) => Path.Combine(_folder, name);

    private string PlanFile()
    {
        var file = File("lianyungang.plan.json");
        System.IO.File.WriteAllText(file, PlanDocument.Write(SampleProgrammes.LianyungangFirstHalf()));
        return file;
    }

    private static Task<(int Exit, string Output, string Error)> Run(params string[] args) => CommandLineRun.RunAsync(null, args);

    [Fact]
    public async Task The_bulletin_is_written_from_the_document_and_says_it_holds_no_problems()
    {
        var (exit, output, error) = await Run("report", "bulletin", "--plan", PlanFile(), "--as-of", "2023-06-30", "--out", File("bulletin.docx"));

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("bulletin.docx", output);
        var docx = OpenXmlText.Read(await System.IO.File.ReadAllBytesAsync(File("bulletin.docx")));
        // The red header (mark, number) comes first, then the title.
        Assert.Equal("2023年连云港市民生实事项目上半年进展情况督查通报", docx.Paragraphs[2]);
        Assert.Contains(docx.Paragraphs, p => p.Contains("计划文件不载存在问题"));
    }

    [Fact]
    public async Task The_card_and_the_table_are_written_too()
    {
        Assert.Equal(0, (await Run("report", "card", "--plan", PlanFile(), "--as-of", "2023-06-30", "--out", File("card.docx"))).Exit);
        Assert.Equal(0, (await Run("report", "table", "--plan", PlanFile(), "--as-of", "2023-06-30", "--out", File("table.xlsx"))).Exit);

        Assert.Contains("连云港市2023年上半年民生实事成绩单", OpenXmlText.Read(await System.IO.File.ReadAllBytesAsync(File("card.docx"))).Paragraphs);
        using var workbook = SpreadsheetDocument.Open(File("table.xlsx"), false);
        Assert.Equal("新建地下水监测井（个）", Xlsx.ReadCells(workbook.WorkbookPart!, AttachmentXlsx.SheetName)["D5"]);
    }

    [Fact]
    public async Task An_edited_template_file_changes_the_headings()
    {
        var template = File("template.json");
        await System.IO.File.WriteAllTextAsync(template, DocumentTemplate.Write(DocumentTemplate.Default).Replace("\"总体情况\"", "\"总体进展\""));

        var (exit, _, error) = await Run("report", "bulletin", "--plan", PlanFile(), "--as-of", "2023-06-30", "--out", File("b.docx"), "--template", template);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("一、总体进展", OpenXmlText.Read(await System.IO.File.ReadAllBytesAsync(File("b.docx"))).Paragraphs);
    }

    [Fact]
    public async Task A_broken_template_is_one_line_and_a_non_zero_exit()
    {
        var template = File("broken.json");
        await System.IO.File.WriteAllTextAsync(template, "{ \"bulletin\": ");

        var (exit, _, error) = await Run("report", "bulletin", "--plan", PlanFile(), "--as-of", "2023-06-30", "--out", File("b.docx"), "--template", template);

        Assert.Equal(1, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("minsheng: 文书模板有误：", error);
        Assert.False(System.IO.File.Exists(File("b.docx")));
    }

    [Fact]
    public async Task A_date_before_any_month_has_ended_is_one_line_and_a_non_zero_exit()
    {
        var (exit, _, error) = await Run("report", "card", "--plan", PlanFile(), "--as-of", "2023-01-20", "--out", File("c.docx"));

        Assert.Equal(1, exit);
        Assert.Equal("minsheng: “2023年连云港市民生实事项目”截至 2023-01-20 尚无已结束的月份，无法生成文书", error.TrimEnd());
    }

    [Fact]
    public async Task A_missing_out_option_is_one_line_and_exit_code_2()
    {
        var (exit, _, error) = await Run("report", "table", "--plan", PlanFile(), "--as-of", "2023-06-30");

        Assert.Equal(2, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("--out", error);
    }
}
