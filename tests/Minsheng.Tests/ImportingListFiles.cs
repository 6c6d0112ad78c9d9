using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MiniExcelLibs;
using Minsheng.Engine.Imports;
using Minsheng.Imports;

namespace Minsheng.Tests;

public sealed class ImportingListFiles : IDisposable
{
    private const string ListText = """
        2025年某市民生实事项目
        一、教育惠民
        (一)新建公办幼儿园
        项目内容:新建公办幼儿园5所,新增学位1500个。
        责任单位:市教育局、市财政局,东区政府。
        (二)改造农村公路
        项目内容:改造农村公路50公里。
        责任单位:市交通局
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("minsheng-lists-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string FileOf(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static void AssertIsTheList(string text)
    {
        var plan = PublishedListParser.Parse(text).Plan;
        Assert.Equal((2025, "某市"), (plan.Year, plan.Region));
        Assert.Equal(["新建公办幼儿园", "改造农村公路"], plan.Projects.Select(p => p.Name));
        Assert.Equal(["市教育局", "市交通局"], plan.Projects.Select(p => p.Lead));
    }

    [Fact]
    public void A_UTF8_text_file_is_read()
    {
        AssertIsTheList(ListFiles.ReadText(FileOf("list.txt", Encoding.UTF8.GetBytes(ListText))));
    }

    [Fact]
    public void A_GB18030_text_file_is_read()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        AssertIsTheList(ListFiles.ReadText(FileOf("list.txt", Encoding.GetEncoding("GB18030").GetBytes(ListText))));
    }

    [Fact]
    public void A_Word_document_with_paragraphs_is_read()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body(ListText.Split('\n').Select(line => new Paragraph(new Run(new Text(line)))));
            document.AddMainDocumentPart().Document = new Document(body);
        }

        AssertIsTheList(ListFiles.ReadText(FileOf("list.docx", stream.ToArray())));
    }

    [Fact]
    public void A_Word_document_with_the_list_in_a_table_is_read()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            string[][] rows =
            [
                ["序号", "类别", "项目名称", "项目内容", "责任单位"],
                ["1", "教育惠民", "新建公办幼儿园", "新建公办幼儿园5所,新增学位1500个。", "市教育局、市财政局"],
                ["2", "", "改造农村公路", "改造农村公路50公里。", "市交通局"],
            ];
            var table = new Table(rows.Select(row => new TableRow(row.Select(cell => new TableCell(new Paragraph(new Run(new Text(cell))))))));
            document.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new Text("2025年某市民生实事项目"))), table));
        }

        AssertIsTheList(ListFiles.ReadText(FileOf("list.docx", stream.ToArray())));
    }

    [Fact]
    public void An_Excel_sheet_with_a_header_row_is_read()
    {
        var path = Path.Combine(_folder, "list.xlsx");
        object[][] rows =
        [
            ["2025年某市民生实事项目", "", "", ""],
            ["序号", "项目名称", "项目内容", "责任单位"],
            ["1", "新建公办幼儿园", "新建公办幼儿园5所,新增学位1500个。", "市教育局、市财政局"],
            ["2", "改造农村公路", "改造农村公路50公里。", "市交通局"],
        ];
        MiniExcel.SaveAs(path, rows.Select(r => new Dictionary<string, object> { ["A"] = r[0], ["B"] = r[1], ["C"] = r[2], ["D"] = r[3] }), printHeader: false);

        AssertIsTheList(ListFiles.ReadText(path));
    }

    [Fact]
    public void An_empty_file_is_refused_by_name()
    {
        var error = Assert.Throws<ListFileException>(() => ListFiles.ReadText(FileOf("empty.txt", [])));

        Assert.Contains("empty.txt", error.Message);
        Assert.Contains("文件是空的", error.Message);
    }

    [Fact]
    public void Binary_junk_is_refused_as_not_text()
    {
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);

        var error = Assert.Throws<ListFileException>(() => ListFiles.ReadText(FileOf("junk.txt", junk)));

        Assert.Contains("不是文本文件", error.Message);
    }

    [Fact]
    public void A_docx_that_is_not_a_zip_is_refused()
    {
        var error = Assert.Throws<ListFileException>(() => ListFiles.ReadText(FileOf("list.docx", Encoding.UTF8.GetBytes(ListText))));

        Assert.Contains("不是 .docx 文档", error.Message);
    }

    [Fact]
    public void An_xlsx_that_is_a_zip_but_not_a_workbook_is_refused()
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("hello.txt").Open());
            writer.Write("not a workbook");
        }

        Assert.Throws<ListFileException>(() => ListFiles.ReadText(FileOf("list.xlsx", stream.ToArray())));
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_opened()
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 300; i++) entry.Write(zeros);
        }

        var error = Assert.Throws<ListFileException>(() => ListFiles.ReadText(FileOf("bomb.docx", stream.ToArray())));

        Assert.Contains("zip 炸弹", error.Message);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_reading_it()
    {
        var path = Path.Combine(_folder, "huge.txt");
        using (var file = File.Create(path)) file.SetLength(50 * 1024 * 1024);

        var error = Assert.Throws<ListFileException>(() => ListFiles.ReadText(path));

        Assert.Contains("超过清单文件的上限（20 MB）", error.Message);
    }

    [Fact]
    public void An_old_doc_file_is_refused_with_what_to_do()
    {
        var error = Assert.Throws<ListFileException>(() => ListFiles.ReadText(FileOf("list.doc", [0xD0, 0xCF, 0x11, 0xE0, 1, 2, 3])));

        Assert.Contains(".docx", error.Message);
        Assert.Contains("LibreOffice", error.Message);
    }
}
