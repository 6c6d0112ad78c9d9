using System.Diagnostics;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MiniExcelLibs;
using Minsheng.Engine.Imports;
using Minsheng.Imports;

namespace Minsheng.Benchmarks;

/// <summary>
/// A 50-project list (the first 50 projects of the held-out corpus, tests/Minsheng.Tests/Corpus) read from each form an
/// office gets it and parsed into a plan with its targets, as the import preview does: numbered text, a table as
/// tab-separated text, Word paragraphs, a Word table, Excel, a web page, and a PDF of the Word table (made once by
/// LibreOffice in the set-up when it is installed).
/// </summary>
[MemoryDiagnoser]
public class ListImportBenchmarks
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"];

    private readonly Dictionary<string, byte[]> _files = [];

    [Params("numbered.txt", "tabs.txt", "paragraphs.docx", "table.docx", "sheet.xlsx", "page.html", "table.pdf")]
    public string File { get; set; } = "";

    [GlobalSetup]
    public void SetUp()
    {
        var categories = Corpus().Take(50).GroupBy(p => p.Category).ToList();
        var header = new[] { "序号", "类别", "项目名称", "主要内容", "牵头单位", "配合单位", "完成时限" };
        var rows = categories.SelectMany(c => c.Select((p, i) => new[] { "", i == 0 ? c.Key : "", p.Name, p.Content, p.Lead, p.Others, p.Deadline }))
            .Select((row, i) => { row[0] = (i + 1).ToString(); return row; }).ToList();
        var lines = new List<string> { "2025年某市民生实事项目清单" };
        var number = 0;
        for (var c = 0; c < categories.Count; c++)
        {
            lines.Add($"{Numerals[c]}、{categories[c].Key}");
            foreach (var p in categories[c])
            {
                lines.AddRange([$"({++number}){p.Name}", $"项目内容：{p.Content}", $"牵头单位：{p.Lead}", $"完成时限：{p.Deadline}"]);
            }
        }
        var table = new List<string[]> { new[] { "2025年某市民生实事项目清单" }, header };
        table.AddRange(rows);
        _files["numbered.txt"] = Encoding.UTF8.GetBytes(string.Join("\n", lines));
        _files["tabs.txt"] = Encoding.UTF8.GetBytes(string.Join("\n", table.Select(row => string.Join('\t', row))));
        _files["paragraphs.docx"] = Word(body => body.Append(lines.Select(line => new Paragraph(new Run(new Text(line))))));
        _files["table.docx"] = Word(body =>
        {
            body.Append(new Paragraph(new Run(new Text(table[0][0]))));
            body.Append(new Table(table.Skip(1).Select(row => new TableRow(row.Select(cell => new TableCell(new Paragraph(new Run(new Text(cell)))))))));
        });
        using (var sheet = new MemoryStream())
        {
            MiniExcel.SaveAs(sheet, table.Select(row => Enumerable.Range(0, header.Length).ToDictionary(i => ((char)('A' + i)).ToString(), i => (object)(i < row.Length ? row[i] : ""))), printHeader: false);
            _files["sheet.xlsx"] = sheet.ToArray();
        }
        _files["page.html"] = Encoding.UTF8.GetBytes("<html><body><nav><a href=\"/\">首页</a></nav><div class=\"article\"><h1>2025年某市民生实事项目清单</h1><table>"
            + string.Concat(table.Skip(1).Select(row => "<tr>" + string.Concat(row.Select(cell => $"<td>{System.Net.WebUtility.HtmlEncode(cell)}</td>")) + "</tr>"))
            + "</table></div></body></html>");
        if (Pdf(_files["table.docx"]) is { } pdf) _files["table.pdf"] = pdf;
    }

    [Benchmark]
    public int ReadAndParse()
    {
        // Without LibreOffice there is no PDF to read: the case measures nothing rather than fail the run.
        if (!_files.TryGetValue(File, out var content)) return 0;
        var file = ListFiles.Read("清单." + File.Split('.')[1], content);
        return PublishedListParser.Parse(file.Text).Plan.Indicators.Count();
    }

    private sealed record CorpusProject(string Category, string Name, string Content, string Lead, string Others, string Deadline);

    private static IEnumerable<CorpusProject> Corpus()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !Directory.Exists(Path.Combine(folder.FullName, "tests", "Minsheng.Tests", "Corpus"))) folder = folder.Parent;
        var corpus = Path.Combine(folder?.FullName ?? throw new DirectoryNotFoundException("tests/Minsheng.Tests/Corpus"), "tests", "Minsheng.Tests", "Corpus");
        foreach (var name in new[] { "list-1", "list-2", "list-3", "list-4" })
        {
            using var json = JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(corpus, name + ".json")));
            foreach (var category in json.RootElement.GetProperty("categories").EnumerateArray())
            {
                foreach (var p in category.GetProperty("projects").EnumerateArray())
                {
                    string Get(string field) => p.GetProperty(field).GetString() ?? "";
                    yield return new CorpusProject($"{name}{category.GetProperty("name").GetString()}", Get("name"), Get("content"), Get("lead"), Get("others"), Get("deadline"));
                }
            }
        }
    }

    private static byte[] Word(Action<Body> fill)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var body = new Body();
            fill(body);
            document.AddMainDocumentPart().Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static byte[]? Pdf(byte[] docx)
    {
        var folder = Directory.CreateTempSubdirectory("minsheng-bench-").FullName;
        try
        {
            var input = Path.Combine(folder, "table.docx");
            System.IO.File.WriteAllBytes(input, docx);
            using var process = Process.Start(new ProcessStartInfo("soffice", ["--headless", "--norestore", $"-env:UserInstallation=file://{folder}/profile", "--convert-to", "pdf", "--outdir", folder, input])
                { RedirectStandardOutput = true, RedirectStandardError = true });
            process?.WaitForExit(TimeSpan.FromMinutes(2));
            var pdf = Path.Combine(folder, "table.pdf");
            return System.IO.File.Exists(pdf) ? System.IO.File.ReadAllBytes(pdf) : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
