using System.Diagnostics;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MiniExcelLibs;
using Minsheng.Engine.Imports;
using Minsheng.Imports;
using Xunit.Abstractions;

namespace Minsheng.Tests.Corpus;

/// <summary>
/// The held-out corpus (lists written in the styles of real published ones, without looking at the extractor) in every
/// form an office gets a list: numbered text, a table copied as text (tabs, aligned spaces), Word paragraphs and table,
/// Excel, a web page, PDF of paragraphs and of a table, and the old .xls and .doc through LibreOffice. Each form must
/// give at least 95% recall and precision of the targets and of the structure (categories, projects, lead units).
/// The figures are written to artifacts/corpus/scores.md.
/// </summary>
public sealed class ReadingTheCorpusInEveryFormat(ITestOutputHelper output) : IDisposable
{
    private const double Required = 0.95;

    private readonly string _folder = Directory.CreateTempSubdirectory("minsheng-corpus-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Every_format_of_every_list_reads_with_95_percent_recall_and_precision()
    {
        var lists = CorpusList.Names.Select(CorpusList.Load).ToList();
        var files = new Dictionary<string, List<(CorpusList List, string Path)>>();
        void Add(string format, CorpusList list, string path) => (files.TryGetValue(format, out var those) ? those : files[format] = []).Add((list, path));

        foreach (var list in lists)
        {
            Add("文本（编号）", list, Write(list, "numbered.txt", string.Join("\n", list.NumberedLines())));
            Add("文本（表格，制表符）", list, Write(list, "tabs.txt", string.Join("\n", TableLines(list).Select(row => string.Join('\t', row)))));
            Add("文本（表格，空格对齐）", list, Write(list, "aligned.txt", Aligned(TableLines(list))));
            Add("网页 .html", list, Write(list, "page.html", WebPage(list)));
            Add("Word 段落 .docx", list, WordParagraphs(list));
            Add("Word 表格 .docx", list, WordTable(list));
            Add("Excel .xlsx", list, Workbook(list));
        }
        Convert("pdf", [.. files["Word 段落 .docx"].Select(f => f.Path), .. files["Word 表格 .docx"].Select(f => f.Path)]);
        Convert("xls", [.. files["Excel .xlsx"].Select(f => f.Path)]);
        Convert("doc", [.. files["Word 段落 .docx"].Select(f => f.Path)]);
        foreach (var (list, path) in files["Word 段落 .docx"].ToList())
        {
            Add("PDF（段落）", list, Path.ChangeExtension(path, "pdf"));
            Add("Word 97 .doc", list, Path.ChangeExtension(path, "doc"));
        }
        foreach (var (list, path) in files["Word 表格 .docx"]) Add("PDF（表格）", list, Path.ChangeExtension(path, "pdf"));
        foreach (var (list, path) in files["Excel .xlsx"]) Add("Excel 97 .xls", list, Path.ChangeExtension(path, "xls"));

        var report = new StringBuilder("| format | structure recall / precision | targets recall / precision | 其中 parts recall / precision |\n|---|---|---|---|\n");
        var perList = new StringBuilder("| list | structure | targets |\n|---|---|---|\n");
        var failures = new List<string>();
        var differences = new List<string>();
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();
        foreach (var (format, those) in files)
        {
            var (structure, targets, parts) = (Score.Zero, Score.Zero, Score.Zero);
            foreach (var (list, path) in those)
            {
                var file = await ListFiles.ReadAsync(path, configuration, CancellationToken.None);
                var plan = PublishedListParser.Parse(file.Text).Plan;
                var differing = new List<string>();
                var (s, t) = CorpusScores.Of(list, plan, differing);
                differences.AddRange(differing.Select(d => $"{format} {d}"));
                (structure, targets, parts) = (structure + s, targets + t, parts + CorpusScores.Parts(list, plan));
                if (format == "文本（编号）") perList.AppendLine($"| {list.Name} ({list.Region} {list.Year}) | {s} | {t} |");
            }
            report.AppendLine($"| {format} | {structure} | {targets} | {parts} |");
            foreach (var (what, score) in new[] { ("structure", structure), ("targets", targets), ("parts", parts) })
            {
                if (score.Recall < Required || score.Precision < Required) failures.Add($"{format} {what}: {score}");
            }
        }
        var scores = report + "\nBy list, numbered text:\n\n" + perList;
        output.WriteLine(scores);
        var artifacts = Path.Combine(Infrastructure.Repository.Root, "artifacts", "corpus");
        Directory.CreateDirectory(artifacts);
        await File.WriteAllTextAsync(Path.Combine(artifacts, "scores.md"), scores);
        await File.WriteAllLinesAsync(Path.Combine(artifacts, "differences.txt"), differences);
        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n\n" + scores + "\n(each difference in artifacts/corpus/differences.txt)");
    }

    private static List<string[]> TableLines(CorpusList list) => [[list.Title], list.Header, .. list.Rows()];

    private string Write(CorpusList list, string name, string text)
    {
        var path = Path.Combine(_folder, $"{list.Name}-{name}");
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Each column as wide as its widest cell and three places more, a Chinese character two places wide.</summary>
    private static string Aligned(List<string[]> rows)
    {
        static int Width(string text) => text.Sum(c => c >= '\u1100' ? 2 : 1);
        var table = rows.Skip(1).ToList();
        var widths = table[0].Select((_, column) => table.Max(row => Width(row[column])) + 3).ToArray();
        return string.Join("\n", new[] { rows[0][0] }.Concat(table.Select(row =>
            string.Concat(row.Select((cell, column) => cell + new string(' ', widths[column] - Width(cell)))).TrimEnd())));
    }

    private static string WebPage(CorpusList list) => $"""
        <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{list.Title}</title></head><body>
        <nav><a href="/">首页</a> <a href="/zw">政务公开</a> <a href="/jd">政策解读</a> <a href="/hd">互动交流</a></nav>
        <div class="article"><h1>{list.Title}</h1><p>发布时间：{list.Year}-01-20　来源：市政府办公室</p>
        <table border="1"><tr>{string.Concat(list.Header.Select(h => $"<th>{h}</th>"))}</tr>
        {string.Concat(list.Rows().Select(row => "<tr>" + string.Concat(row.Select(cell => $"<td>{WebUtility.HtmlEncode(cell)}</td>")) + "</tr>"))}
        </table></div>
        <footer>主办单位：{list.Region}人民政府办公室　网站标识码：1234567890</footer></body></html>
        """;

    private string WordParagraphs(CorpusList list)
    {
        var path = Path.Combine(_folder, $"{list.Name}-paragraphs.docx");
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        document.AddMainDocumentPart().Document = new Document(new Body(list.NumberedLines().Select(line => new Paragraph(new Run(new Text(line))))));
        return path;
    }

    /// <summary>A Word table with borders, a category as a row of its own across it, as many lists are laid out.</summary>
    private string WordTable(CorpusList list)
    {
        var path = Path.Combine(_folder, $"{list.Name}-table.docx");
        static TableRow Row(IEnumerable<string> cells) => new(cells.Select(cell => new TableCell(new Paragraph(new Run(new Text(cell))))));
        var borders = new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single }, new BottomBorder { Val = BorderValues.Single },
            new InsideHorizontalBorder { Val = BorderValues.Single }, new InsideVerticalBorder { Val = BorderValues.Single }));
        var rows = new List<OpenXmlElement> { borders, Row(["序号", "项目名称", list.ContentHeading, "牵头单位", "配合单位", "完成时限"]) };
        var number = 0;
        for (var c = 0; c < list.Categories.Count; c++)
        {
            rows.Add(Row([$"{Minsheng.Imports.TableList.ChineseNumeral(c + 1)}、{list.Categories[c].Name}"]));
            rows.AddRange(list.Categories[c].Projects.Select(p => Row([$"{++number}", p.Name, p.Content, p.Lead, p.Others, p.Deadline])));
        }
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        document.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new Text(list.Title))), new Table(rows)));
        return path;
    }

    private string Workbook(CorpusList list)
    {
        var path = Path.Combine(_folder, $"{list.Name}-sheet.xlsx");
        var rows = TableLines(list).Select(row => Enumerable.Range(0, list.Header.Length).ToDictionary(i => ((char)('A' + i)).ToString(), i => (object)(i < row.Length ? row[i] : "")));
        MiniExcel.SaveAs(path, rows, printHeader: false);
        return path;
    }

    /// <summary>Files converted by one LibreOffice run (the test command installs it), as an office would save them.</summary>
    private void Convert(string format, string[] paths)
    {
        var outFolder = Path.Combine(_folder, "converted-" + format);
        using var process = Process.Start(new ProcessStartInfo("soffice",
            ["--headless", "--norestore", $"-env:UserInstallation=file://{_folder}/profile", "--convert-to", format, "--outdir", outFolder, .. paths])
        { RedirectStandardOutput = true, RedirectStandardError = true })!;
        process.WaitForExit(TimeSpan.FromMinutes(3));
        foreach (var path in paths)
        {
            var converted = Path.Combine(outFolder, Path.GetFileNameWithoutExtension(path) + "." + format);
            if (!File.Exists(converted)) throw new InvalidOperationException($"LibreOffice did not convert {path}: {process.StandardError.ReadToEnd()}");
            File.Move(converted, Path.ChangeExtension(path, format));
        }
    }
}
