using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MiniExcelLibs;
using Microsoft.Extensions.Configuration;
using Minsheng.Documents;
using Minsheng.Engine.Imports;
using Minsheng.Imports;
using UglyToad.PdfPig.Writer;

namespace Minsheng.Tests;

/// <summary>
/// The same list as offices receive it: a government web page (saved, or its source pasted), an old Excel file
/// (.xls), a PDF with a text layer, old Word, WPS and Excel files through LibreOffice; and what cannot be read says so (a
/// scan, a PDF that inflates without bound, an old file without LibreOffice, a presentation), naming the file.
/// </summary>
public sealed class ReadingListsInEveryFormat : IDisposable
{
    private const string Title = "2025年某市民生实事项目清单";
    private static readonly string[] Header = ["序号", "类别", "项目名称", "主要内容及年度目标", "牵头单位", "配合单位", "完成时限"];
    private static readonly string[][] Projects =
    [
        ["1", "教育惠民", "新建公办幼儿园", "新建公办幼儿园5所，新增学位1500个", "市教育局", "市财政局", "2025年9月底"],
        ["2", "教育惠民", "改造农村学校食堂", "改造农村学校食堂20个", "市教育局", "", "2025年12月底"],
        ["3", "交通出行", "改造农村公路", "改造农村公路50公里", "市交通局", "各区政府", "2025年11月底"],
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("minsheng-formats-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_government_web_page_is_read_from_its_article_not_its_menus()
    {
        var page = WebPage();

        AssertIsTheList(ListFiles.Read("清单.html", Encoding.UTF8.GetBytes(page)), notes: 0);
        // The page's source pasted into a text file reads the same.
        AssertIsTheList(ListFiles.Read("粘贴.txt", Encoding.UTF8.GetBytes(page)), notes: 0);
    }

    [Fact]
    public void An_old_xls_workbook_reads_as_its_xlsx_does()
    {
        var xls = Convert(ListXlsx(), "xls");

        Assert.Equal(0xD0, File.ReadAllBytes(xls)[0]);
        AssertIsTheList(ListFiles.Read(xls), notes: 0);
    }

    [Fact]
    public void A_PDF_with_a_text_layer_reads_as_the_list()
    {
        // The list as a government document numbers it (一、 (一) 项目内容：), in Word, printed to PDF by LibreOffice as an office would.
        var pdf = Convert(ListDocx(), "pdf");

        AssertIsTheList(ListFiles.Read(pdf), notes: 0);
    }

    [Fact]
    public void A_table_printed_to_PDF_with_its_cells_wrapped_over_lines_is_rebuilt_from_where_its_text_stands()
    {
        // A Word table printed by LibreOffice: the columns are narrow, so the contents and deadlines wrap.
        var docx = Path.Combine(_folder, "表格.docx");
        using (var document = WordprocessingDocument.Create(docx, WordprocessingDocumentType.Document))
        {
            var cells = (string[] row) => new TableRow(row.Select(cell => new TableCell(new Paragraph(new Run(new Text(cell))))));
            var borders = new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single }, new BottomBorder { Val = BorderValues.Single },
                new InsideHorizontalBorder { Val = BorderValues.Single }, new InsideVerticalBorder { Val = BorderValues.Single }));
            document.AddMainDocumentPart().Document = new Document(new Body(
                new Paragraph(new Run(new Text(Title))),
                new DocumentFormat.OpenXml.Wordprocessing.Table(new[] { (OpenXmlElement)borders, cells(Header) }.Concat(Projects.Select(cells)))));
        }

        var pdf = Convert(docx, "pdf");
        var file = ListFiles.Read(pdf);

        // Each wrapped cell whole again, in its own field.
        Assert.Contains("项目内容:新建公办幼儿园5所，新增学位1500个\n", file.Text);
        Assert.Contains("完成时限:2025年11月底\n", file.Text);
        AssertIsTheList(file, notes: 0);
    }

    [Fact]
    public void A_web_page_built_of_more_elements_than_any_article_has_is_refused_naming_the_file()
    {
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<span>民</span>", 250_000)) + "</body></html>";

        var error = Assert.Throws<ListFileException>(() => ListFiles.Read("巨大.html", Encoding.UTF8.GetBytes(page)));

        Assert.Contains("巨大.html：网页的元素超过 200000 个", error.Message);
    }

    [Fact]
    public void A_web_page_nested_thousands_deep_is_read_as_its_text()
    {
        // Each block is a candidate for the article: counted once from the leaves up, not once for each ancestor.
        var depth = 20_000;
        var page = $"<html><body>{string.Concat(Enumerable.Repeat("<div>", depth))}{Title}<p>一、教育惠民</p><p>(一)新建公办幼儿园</p><p>项目内容：新建公办幼儿园5所。</p><p>牵头单位：市教育局</p>{string.Concat(Enumerable.Repeat("</div>", depth))}</body></html>";

        var plan = PublishedListParser.Parse(ListFiles.Read("深.html", Encoding.UTF8.GetBytes(page)).Text).Plan;

        Assert.Equal(5m, plan.Indicators.Single().Target);
    }

    [Fact]
    public void A_scanned_PDF_without_text_is_refused_saying_it_is_a_scan()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);

        var error = Assert.Throws<ListFileException>(() => ListFiles.Read("扫描件.pdf", builder.Build()));

        Assert.Contains("扫描件.pdf", error.Message);
        Assert.Contains("没有文字层", error.Message);
    }

    [Fact]
    public void A_PDF_whose_streams_inflate_without_bound_is_refused_before_it_is_read()
    {
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 100; i++) zlib.Write(zeros);
        }
        var pdf = new MemoryStream();
        pdf.Write("%PDF-1.7\n1 0 obj\n<< /Length "u8);
        pdf.Write(Encoding.ASCII.GetBytes(packed.Length.ToString()));
        pdf.Write(" /Filter /FlateDecode >>\nstream\n"u8);
        pdf.Write(packed.ToArray());
        pdf.Write("\nendstream\nendobj\n%%EOF\n"u8);

        var error = Assert.Throws<ListFileException>(() => ListFiles.Read("炸弹.pdf", pdf.ToArray()));

        Assert.Contains("炸弹.pdf", error.Message);
        Assert.Contains("解压后超过", error.Message);
    }

    [Theory]
    [InlineData("doc", "清单.doc")]
    [InlineData("doc", "清单.wps")]
    public async Task An_old_Word_or_WPS_document_is_read_through_LibreOffice(string format, string name)
    {
        // WPS Writer's .wps is the Word 97 format under WPS's name; LibreOffice reads it by its content.
        var old = Path.Combine(_folder, name);
        File.Move(Convert(ListDocx(), format), old);

        var file = await ListFiles.ReadAsync(old, WithLibreOffice, CancellationToken.None);

        Assert.Equal(0xD0, File.ReadAllBytes(old)[0]);
        AssertIsTheList(file, notes: 0);
    }

    [Fact]
    public async Task An_old_WPS_spreadsheet_is_read_through_LibreOffice_as_its_xlsx_is()
    {
        var et = Path.Combine(_folder, "清单.et");
        File.Move(Convert(ListXlsx(), "xls"), et);

        AssertIsTheList(await ListFiles.ReadAsync(et, WithLibreOffice, CancellationToken.None), notes: 0);
    }

    [Theory]
    [InlineData("清单.doc")]
    [InlineData("清单.wps")]
    [InlineData("清单.et")]
    public async Task Without_LibreOffice_an_old_file_is_refused_naming_its_format_and_what_to_do(string name)
    {
        var ole = new byte[1024];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(ole, 0);
        var without = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [LibreOffice.ProgramSetting] = "/nonexistent/soffice" }).Build();

        var error = await Assert.ThrowsAsync<ListFileException>(() => ListFiles.ReadAsync(name, ole, without, CancellationToken.None));

        Assert.Contains(name, error.Message);
        Assert.Contains(Path.GetExtension(name) + " 格式需要服务器安装 LibreOffice", error.Message);
        Assert.Contains(".docx", error.Message);
    }

    [Fact]
    public async Task A_corrupt_old_file_is_refused_as_a_file_or_as_no_list()
    {
        var junk = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(junk, 0);
        new Random(7).NextBytes(junk.AsSpan(8));

        // LibreOffice refuses it, or reads it as text with nothing numbered in it: either way nothing is imported.
        var refused = await Record.ExceptionAsync(async () => PublishedListParser.Parse((await ListFiles.ReadAsync("损坏.doc", junk, WithLibreOffice, CancellationToken.None)).Text));

        Assert.True(refused is ListFileException { Message: var message } ? message.Contains("损坏.doc") : refused is ListImportException, refused?.ToString());
    }

    [Theory]
    [InlineData("汇报.ppt")]
    [InlineData("汇报.dps")]
    public void A_presentation_is_refused_as_no_list(string name)
    {
        var error = Assert.Throws<ListFileException>(() => ListFiles.Read(name, new byte[64]));

        Assert.Contains($"{name}：{Path.GetExtension(name)} 是演示文稿", error.Message);
    }

    private static readonly Microsoft.Extensions.Configuration.IConfiguration WithLibreOffice = new ConfigurationBuilder().Build();

    private string ListDocx()
    {
        var docx = Path.Combine(_folder, "清单.docx");
        using var document = WordprocessingDocument.Create(docx, WordprocessingDocumentType.Document);
        document.AddMainDocumentPart().Document = new Document(new Body(DocumentLines().Select(line => new Paragraph(new Run(new Text(line))))));
        return docx;
    }

    private string ListXlsx()
    {
        var xlsx = Path.Combine(_folder, "清单.xlsx");
        // Every row as wide as the table: MiniExcel takes its columns from the first.
        MiniExcel.SaveAs(xlsx, new[] { new[] { Title, "", "", "", "", "", "" }, Header }.Concat(Projects)
            .Select(row => row.Select((cell, i) => (cell, i)).ToDictionary(x => ((char)('A' + x.i)).ToString(), x => (object)x.cell)), printHeader: false);
        return xlsx;
    }

    private static string[] DocumentLines() =>
    [
        Title,
        "一、教育惠民",
        "（一）新建公办幼儿园", "项目内容：新建公办幼儿园5所，新增学位1500个。", "牵头单位：市教育局；配合单位：市财政局", "完成时限：2025年9月底",
        "（二）改造农村学校食堂", "项目内容：改造农村学校食堂20个。", "牵头单位：市教育局", "完成时限：2025年12月底",
        "二、交通出行",
        "（三）改造农村公路", "项目内容：改造农村公路50公里。", "牵头单位：市交通局；配合单位：各区政府", "完成时限：2025年11月底",
    ];

    private static string Table() =>
        "<table border=\"1\"><tr>" + string.Concat(Header.Select(h => $"<th>{h}</th>")) + "</tr>"
        + string.Concat(Projects.Select(row => "<tr>" + string.Concat(row.Select(c => $"<td>{c}</td>")) + "</tr>")) + "</table>";

    private static string WebPage() => $"""
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>{Title}_某市人民政府门户网站</title></head>
        <body>
          <header><a href="/">首页</a> <a href="/zwgk">政务公开</a> <a href="/hd">互动交流</a></header>
          <nav><ul><li><a href="/a">政府信息公开目录</a></li><li><a href="/b">政策解读</a></li><li><a href="/c">办事服务</a></li></ul></nav>
          <div class="main">
            <div class="sidebar"><a href="/x">热点专题</a><a href="/y">市长信箱</a></div>
            <div class="article">
              <h1>{Title}</h1>
              <p>发布日期：2025-01-15　来源：市政府办公室</p>
              {Table()}
            </div>
          </div>
          <footer>主办单位：某市人民政府办公室　网站标识码：1234567890</footer>
        </body></html>
        """;

    private static void AssertIsTheList(ListFileText file, int notes)
    {
        var plan = PublishedListParser.Parse(file.Text).Plan;
        Assert.Equal((2025, "某市"), (plan.Year, plan.Region));
        Assert.Equal(["教育惠民", "交通出行"], plan.Categories.Select(c => c.Name));
        Assert.Equal(["新建公办幼儿园", "改造农村学校食堂", "改造农村公路"], plan.Projects.Select(p => p.Name));
        Assert.Equal(["市教育局", "市教育局", "市交通局"], plan.Projects.Select(p => p.Lead));
        Assert.Equal([5m, 1500m, 20m, 50m], plan.Indicators.Select(i => i.Target));
        Assert.Equal([9, 9, 0, 11], plan.Indicators.Select(i => i.Nodes.Keys.SingleOrDefault()));
        Assert.Equal(notes, file.Notes.Count);
        Assert.DoesNotContain("政策解读", file.Text);
        Assert.DoesNotContain("网站标识码", file.Text);
    }

    /// <summary>A file converted by LibreOffice headless (the test command installs it), as an office would save it.</summary>
    private string Convert(string file, string format)
    {
        var profile = Path.Combine(_folder, "profile");
        using var process = Process.Start(new ProcessStartInfo("soffice",
            ["--headless", "--norestore", $"-env:UserInstallation=file://{profile}", "--convert-to", format, "--outdir", _folder, file])
        { RedirectStandardOutput = true, RedirectStandardError = true })!;
        process.WaitForExit(TimeSpan.FromMinutes(2));
        var converted = Path.ChangeExtension(file, format);
        return File.Exists(converted) ? converted : throw new InvalidOperationException($"LibreOffice did not convert {file}: {process.StandardError.ReadToEnd()}");
    }
}
