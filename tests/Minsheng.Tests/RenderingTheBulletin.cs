using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Minsheng.Documents;
using Minsheng.Engine.Bulletins;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;
using Minsheng.Engine.Tests;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Minsheng.Tests;

/// <summary>
/// The bulletin as the office sends it: LibreOffice (Debian's libreoffice-writer-nogui and -calc-nogui, which
/// test.sh installs) turns the .docx and the .xlsx into PDF through the app's own converter, and PdfPig reads
/// the PDF back: the red mark, the number, the signature and date, — 1 — page numbers, and the attached table
/// with every 序号 and figure whole on one line. The PDFs are kept in artifacts/documents.
/// </summary>
public sealed partial class RenderingTheBulletin
{
    private static readonly IConfiguration NoSettings = new ConfigurationBuilder().Build();

    private static readonly Plan Lianyungang = SampleProgrammes.LianyungangFirstHalf();

    private static readonly Summary June = Lianyungang.At("2023-06-30");

    private static readonly OfficeRecords Records = new(
        [new OpenProblem("05-01", ProblemKind.Funds, "部分县区征收资金未到位，安置房建设资金缺口较大", "争取专项债资金"), new OpenProblem("07-01", ProblemKind.Planning, "项目踏勘选址耗时长")],
        IssuedOn: new DateOnly(2023, 7, 5));

    private static readonly DocumentTemplate DalianStyle = DocumentTemplate.Default with
    {
        Bulletin = DocumentTemplate.Default.Bulletin with
        {
            Number = "连督通〔{year}〕{sequence}号",
            Header = new HeaderWords("连云港市人民政府督查室文件", "连云港市人民政府督查室", FirstSequence: 8),
        },
    };

    [Fact]
    public async Task The_bulletins_PDF_shows_the_red_header_number_signature_and_a_table_without_broken_cells()
    {
        var document = OfficeDocument.Write(DocumentKind.Bulletin, Lianyungang, June, Records, DalianStyle);
        var bulletin = BulletinBuilder.Build(Lianyungang, June, Records, DalianStyle);

        var pdf = await PdfConversion.ConvertAsync(document, NoSettings, CancellationToken.None);
        Keep("bulletin.pdf", pdf.Content);

        Assert.Equal("application/pdf", pdf.ContentType);
        Assert.EndsWith("-督查通报.pdf", pdf.FileName);
        using var read = PdfDocument.Open(pdf.Content);
        var pages = read.GetPages().ToList();
        var lines = pages.Select(Lines).ToList();
        // The red header on the first page: the mark in red letters, the number under it.
        var mark = Assert.Single(lines[0], l => l.Text == "连云港市人民政府督查室文件");
        Assert.All(mark.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)), letter => Assert.Equal((1.0, 0.0, 0.0), Rgb(letter)));
        Assert.Contains(lines[0], l => l.Text == bulletin.Number);
        Assert.Equal("连督通〔2023〕10号", bulletin.Number);
        Assert.True(lines[0].FindIndex(l => l.Text == bulletin.Number) < lines[0].FindIndex(l => l.Text.StartsWith("2023年连云港市", StringComparison.Ordinal)), "the number comes before the title");
        // The 落款: the office over the date, after the attachment note, before the attached table's page.
        var body = lines.SelectMany(p => p).Select(l => l.Text).ToList();
        var signature = body.IndexOf("连云港市人民政府督查室");
        Assert.True(signature > body.FindIndex(t => t.StartsWith("附件：", StringComparison.Ordinal)), "the signature follows the attachment note");
        Assert.Equal("2023年7月5日", body[signature + 1]);
        // — n — on every page, on the outer side: right on odd pages, left on even ones.
        for (var p = 0; p < pages.Count; p++)
        {
            var number = Assert.Single(lines[p], l => l.Text == $"—{p + 1}—");
            var middle = pages[p].Width / 2;
            Assert.True(p % 2 == 0 ? number.Left > middle : number.Right < middle, $"page {p + 1}'s number sits at {number.Left:0}–{number.Right:0} of {pages[p].Width:0}");
        }
        // The attached table: on a landscape page of its own, each 序号 and figure whole on one line.
        var table = pages.FindIndex(p => Lines(p).Any(l => l.Text == bulletin.Attachment.Title));
        Assert.True(table > 0 && pages[table].Width > pages[table].Height, "the attached table is on a landscape page");
        var tableLines = lines.Skip(table).SelectMany(p => p).Select(l => l.Text).ToList();
        Assert.Contains(tableLines, l => l.StartsWith("序号", StringComparison.Ordinal) && l.Contains("年度目标节点目标累计完成差距", StringComparison.Ordinal));
        Assert.Equal(2, bulletin.Attachment.Rows.Count);
        foreach (var row in bulletin.Attachment.Rows)
        {
            foreach (var whole in new[] { row.Target, row.Node, row.Actual, row.Shortfall })
            {
                Assert.True(tableLines.Any(l => l.Contains(Squeezed(whole), StringComparison.Ordinal)), $"“{whole}” of row {row.Number} is broken: {string.Join(" | ", tableLines)}");
            }
            Assert.Contains(tableLines, l => Regex.IsMatch(l, $"^{row.Number}(?!\\d)"));
        }
    }

    [Fact]
    public async Task The_table_and_the_card_render_as_PDF_too()
    {
        var table = await PdfConversion.ConvertAsync(OfficeDocument.Write(DocumentKind.Table, Lianyungang, June, Records, DocumentTemplate.Default), NoSettings, CancellationToken.None);
        var card = await PdfConversion.ConvertAsync(OfficeDocument.Write(DocumentKind.Card, Lianyungang, June, Records, DocumentTemplate.Default), NoSettings, CancellationToken.None);
        Keep("table.pdf", table.Content);
        Keep("card.pdf", card.Content);

        using var tablePdf = PdfDocument.Open(table.Content);
        var page = tablePdf.GetPage(1);
        var text = string.Join("\n", Lines(page).Select(l => l.Text));
        Assert.True(page.Width > page.Height, "the table prints landscape");
        Assert.Contains("推进未达序时民生实事项目及存在问题汇总表", text);
        Assert.Contains("部分县区征收资金未到位", text);
        using var cardPdf = PdfDocument.Open(card.Content);
        Assert.Contains("成绩单", string.Concat(cardPdf.GetPage(1).Letters.Select(l => l.Value)));
    }

    [Fact]
    public async Task Without_LibreOffice_the_PDF_is_refused_naming_what_is_missing()
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [LibreOffice.ProgramSetting] = "/nonexistent/soffice" }).Build();

        var refused = await Assert.ThrowsAsync<PdfUnavailableException>(() =>
            PdfConversion.ConvertAsync(OfficeDocument.Write(DocumentKind.Card, Lianyungang, June, Records, DocumentTemplate.Default), settings, CancellationToken.None));

        Assert.StartsWith("本机未安装 LibreOffice，无法生成 PDF", refused.Message);
    }

    /// <summary>A line of a page: its letters at one baseline, left to right, and its text without spaces.</summary>
    private sealed record Line(IReadOnlyList<Letter> Letters)
    {
        public string Text { get; } = Squeezed(string.Concat(Letters.Select(l => l.Value)));

        public double Left => Letters.Min(l => l.BoundingBox.Left);

        public double Right => Letters.Max(l => l.BoundingBox.Right);
    }

    /// <summary>The page's letters grouped into lines by baseline (within 2 pt), top to bottom.</summary>
    private static List<Line> Lines(Page page)
    {
        var lines = new List<List<Letter>>();
        foreach (var letter in page.Letters.OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X))
        {
            var line = lines.LastOrDefault();
            if (line is not null && Math.Abs(line[0].StartBaseLine.Y - letter.StartBaseLine.Y) < 2) line.Add(letter);
            else lines.Add([letter]);
        }
        return lines.Select(l => new Line(l.OrderBy(x => x.StartBaseLine.X).ToList())).Where(l => l.Text.Length > 0).ToList();
    }

    private static (double, double, double) Rgb(Letter letter)
    {
        var (r, g, b) = letter.Color.ToRGBValues();
        return (Math.Round(r, 2), Math.Round(g, 2), Math.Round(b, 2));
    }

    private static string Squeezed(string text) => Whitespace().Replace(text, "");

    private static void Keep(string name, byte[] content)
    {
        var folder = Path.Combine(Browser.Browser.Artifacts, "documents");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, name), content);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
