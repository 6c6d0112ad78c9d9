using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Minsheng.Documents;

/// <summary>
/// The layout of an official document (GB/T 9704 in spirit): A4, 仿宋 三号 body with a two-character
/// first-line indent, 黑体 headings, a bold centred 宋体 title, and tables with single borders.
/// Fonts are named for East Asian text explicitly, or Word falls back to a Latin font for Chinese.
/// </summary>
internal sealed class Docx : IDisposable
{
    private const string BodyFont = "仿宋";
    private const string HeadingFont = "黑体";
    private const string TitleFont = "宋体";
    private const int BodySize = 32; // half-points: 16 pt, 三号
    private const int TableSize = 21; // 10.5 pt, 五号
    private const int LandscapeTextWidth = 16838 - 1984 - 2098; // twips between the margins

    private readonly MemoryStream _stream = new();
    private readonly WordprocessingDocument _document;
    private readonly Body _body;

    public Docx()
    {
        _document = WordprocessingDocument.Create(_stream, WordprocessingDocumentType.Document);
        var main = _document.AddMainDocumentPart();
        main.Document = new Document(_body = new Body());
        main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts(BodyFont), new FontSize { Val = BodySize.ToString() }, new Languages { EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact, After = "0" }))));
    }

    public void Title(string text) => _body.Append(Paragraph(text, TitleFont, 44, bold: true, JustificationValues.Center, indent: false));

    public void Centered(string text) => _body.Append(Paragraph(text, BodyFont, BodySize, bold: false, JustificationValues.Center, indent: false));

    public void Heading(string text) => _body.Append(Paragraph(text, HeadingFont, BodySize, bold: false, JustificationValues.Both, indent: true));

    /// <summary>A body paragraph, its lead-in (（一）教育惠民方面。) in 楷体 bold as documents set it.</summary>
    public void Paragraph(string? lead, string text)
    {
        var paragraph = Paragraph(null, BodyFont, BodySize, bold: false, JustificationValues.Both, indent: true);
        if (lead is { Length: > 0 }) paragraph.Append(Run(lead, "楷体", BodySize, bold: true));
        paragraph.Append(Run(text, BodyFont, BodySize, bold: false));
        _body.Append(paragraph);
    }

    /// <summary>Ends the section so far on its own pages, so that what follows can turn landscape (a wide table).</summary>
    public void EndSection(bool landscape = false) => _body.Append(new Paragraph(new ParagraphProperties(Section(landscape))));

    /// <summary>A table with a bold header row, single borders all round, repeated on each page.</summary>
    public void Table(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Autofit }));
        // Shares of the width by how much text a column holds: numbers narrow, names and problems wide.
        var weights = header.Select((_, c) => rows.Count > 0
            ? Math.Clamp(rows.Max(r => c < r.Count ? r[c].Length : 0), 3, 20) : 8).ToList();
        var total = weights.Sum();
        table.Append(new TableGrid(weights.Select(w => new GridColumn { Width = (LandscapeTextWidth * w / total).ToString() })));
        table.Append(Row(header, bold: true, repeat: true));
        foreach (var row in rows) table.Append(Row(row, bold: false, repeat: false));
        _body.Append(table);
    }

    /// <summary>The document's bytes, with the page set up: A4, portrait or landscape, official margins.</summary>
    public byte[] Finish(bool landscape = false)
    {
        _body.Append(Section(landscape));
        _document.Dispose();
        return _stream.ToArray();
    }

    public void Dispose()
    {
        _document.Dispose();
        _stream.Dispose();
    }

    private static SectionProperties Section(bool landscape)
    {
        var (width, height) = landscape ? (16838u, 11906u) : (11906u, 16838u);
        return new SectionProperties(
            new PageSize { Width = width, Height = height, Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait },
            landscape
                ? new PageMargin { Top = 1588, Bottom = 1474, Left = 1984u, Right = 2098u, Header = 851u, Footer = 992u }
                : new PageMargin { Top = 2098, Bottom = 1984, Left = 1588u, Right = 1474u, Header = 851u, Footer = 992u });
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool bold, bool repeat)
    {
        var row = new TableRow();
        if (repeat) row.Append(new TableRowProperties(new TableHeader()));
        foreach (var cell in cells)
        {
            row.Append(new TableCell(
                new TableCellProperties(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
                new Paragraph(
                    new ParagraphProperties(new SpacingBetweenLines { Line = "300", LineRule = LineSpacingRuleValues.Auto }, new Justification { Val = bold ? JustificationValues.Center : JustificationValues.Left }),
                    Run(cell, BodyFont, TableSize, bold))));
        }
        return row;
    }

    private static Paragraph Paragraph(string? text, string font, int size, bool bold, JustificationValues justification, bool indent)
    {
        var properties = new ParagraphProperties();
        // 2 characters of the body size: the first-line indent of Chinese paragraphs.
        if (indent) properties.Append(new Indentation { FirstLineChars = 200, FirstLine = (size * 20).ToString() });
        properties.Append(new Justification { Val = justification });
        var paragraph = new Paragraph(properties);
        if (text is not null) paragraph.Append(Run(text, font, size, bold));
        return paragraph;
    }

    private static Run Run(string text, string font, int size, bool bold)
    {
        var properties = new RunProperties(Fonts(font));
        if (bold) properties.Append(new Bold());
        properties.Append(new FontSize { Val = size.ToString() }, new FontSizeComplexScript { Val = size.ToString() });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static RunFonts Fonts(string font) => new() { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font, Hint = FontTypeHintValues.EastAsia };
}
