using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Minsheng.Documents;

/// <summary>
/// The layout of an official document (GB/T 9704 in spirit): A4, 仿宋 三号 body with a two-character
/// first-line indent, 黑体 headings, a bold centred 宋体 title, tables with single borders, and page
/// numbers as — 1 — in 四号 宋体 on the outer side (odd pages right, even pages left, one character in).
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
    private const int PortraitTextWidth = 11906 - 1588 - 1474; // 156 mm, the 版心 of GB/T 9704
    private const int PageNumberSize = 28; // 14 pt, 四号
    private const string MarkFont = "方正小标宋简体";
    private const string Red = "FF0000";
    private const int CellMargins = 2 * 108; // Word's default left and right cell margins, twips

    private readonly MemoryStream _stream = new();
    private readonly WordprocessingDocument _document;
    private readonly Body _body;
    private readonly string _oddFooter;
    private readonly string _evenFooter;

    public Docx()
    {
        _document = WordprocessingDocument.Create(_stream, WordprocessingDocumentType.Document);
        var main = _document.AddMainDocumentPart();
        main.Document = new Document(_body = new Body());
        main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts(BodyFont), new FontSize { Val = BodySize.ToString() }, new Languages { EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact, After = "0" }))));
        // Odd and even pages carry their numbers on different sides.
        main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new EvenAndOddHeaders());
        _oddFooter = PageNumberFooter(main, JustificationValues.Right);
        _evenFooter = PageNumberFooter(main, JustificationValues.Left);
    }

    /// <summary>
    /// The 版头: the issuing office's mark (发文机关标志) centred in large red type, sized to fit one line
    /// of the 版心, the document number (发文字号) two lines below it, and the red line under the number.
    /// </summary>
    public void RedHeader(string mark, string number)
    {
        // At most 初号 (42 pt); a long name gets smaller type rather than a second line.
        var ems = Math.Max(1, Width(mark, 2) / 2.0);
        var size = Math.Min(84, (int)(PortraitTextWidth / 10.0 / ems * 0.95) / 2 * 2);
        var markParagraph = new Paragraph(
            new ParagraphProperties(new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto, Before = "0", After = "0" }, new Justification { Val = JustificationValues.Center }),
            Run(mark, MarkFont, size, bold: false, color: Red));
        var numberParagraph = new Paragraph(
            new ParagraphProperties(
                // The red line sits about 4 mm under the number, as wide as the 版心.
                new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 12, Space = 8, Color = Red }),
                new SpacingBetweenLines { Before = "1120", After = "1120" },
                new Justification { Val = JustificationValues.Center }),
            Run(number, BodyFont, BodySize, bold: false));
        _body.Append(markParagraph, numberParagraph);
    }

    /// <summary>
    /// The 落款 of a document without a seal: a line under the text, the office's name two characters from
    /// the right, and under it the date, its first character two characters right of the name's.
    /// </summary>
    public void Signature(string office, string date)
    {
        var em = BodySize * 10;
        var officeLeft = Math.Max(0, PortraitTextWidth - 2 * em - Width(office, em));
        var dateLeft = Math.Min(officeLeft + 2 * em, Math.Max(0, PortraitTextWidth - Width(date, em)));
        _body.Append(new Paragraph());
        _body.Append(Indented(office, officeLeft), Indented(date, dateLeft));

        static Paragraph Indented(string text, int left) => new(
            new ParagraphProperties(new Indentation { Left = left.ToString(), FirstLine = "0" }, new Justification { Val = JustificationValues.Left }),
            Run(text, BodyFont, BodySize, bold: false));
    }

    public void Title(string text) => _body.Append(Paragraph(text, TitleFont, 44, bold: true, JustificationValues.Center, indent: false));

    public void Centered(string text) => _body.Append(Paragraph(text, BodyFont, BodySize, bold: false, JustificationValues.Center, indent: false));

    public void Heading(string text) => _body.Append(Paragraph(text, HeadingFont, BodySize, bold: false, JustificationValues.Both, indent: true));

    /// <summary>A label at the left margin in 黑体, without indent (附件 over an attachment).</summary>
    public void Label(string text) => _body.Append(Paragraph(text, HeadingFont, BodySize, bold: false, JustificationValues.Left, indent: false));

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

    /// <summary>
    /// A table with a bold header row repeated on each page, single borders all round, rows kept whole on a
    /// page. The columns listed as whole (序号, figures) are as wide as their longest cell, so that no number
    /// breaks; the other columns share the rest of the width by how much text they hold.
    /// </summary>
    public void Table(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlySet<int>? whole = null)
    {
        var widths = ColumnWidths(header, rows, whole ?? new HashSet<int>(), LandscapeTextWidth);
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Dxa, Width = widths.Sum().ToString() },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
        table.Append(Row(header, widths, whole, bold: true, repeat: true));
        foreach (var row in rows) table.Append(Row(row, widths, whole, bold: false, repeat: false));
        _body.Append(table);
    }

    /// <summary>Twips per column: whole columns at their longest cell (a header may take two lines), the rest shared by text length.</summary>
    internal static int[] ColumnWidths(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlySet<int> whole, int total)
    {
        var em = TableSize * 10;
        var widths = new int[header.Count];
        var longest = new int[header.Count];
        for (var c = 0; c < header.Count; c++)
        {
            var cells = rows.Select(r => c < r.Count ? r[c] : "").ToList();
            longest[c] = cells.Count == 0 ? 0 : cells.Max(t => Width(t, em));
            var headerWidth = Width(header[c], em);
            // Rounded up to whole characters, plus one for the fonts' differences between Word and LibreOffice.
            widths[c] = (Math.Max(longest[c], (headerWidth + 1) / 2) + 2 * em - 1) / em * em + CellMargins;
        }
        var fixedWidth = whole.Where(c => c < header.Count).Sum(c => widths[c]);
        var free = header.Count - whole.Count(c => c < header.Count);
        var rest = total - fixedWidth;
        if (free == 0 || rest < free * (4 * em + CellMargins))
        {
            // Too many figures to keep every one whole: shares of the page by length for all.
            var sum = widths.Sum();
            return widths.Select(w => total * w / sum).ToArray();
        }
        // Text columns: each first gets up to four characters (a unit's name like 市住建局 whole), then what is
        // left goes to those with more text, by how much more; a table narrower than the page widens them all.
        var text = Enumerable.Range(0, header.Count).Where(c => !whole.Contains(c)).ToList();
        var natural = text.ToDictionary(c => c, c => Math.Min(longest[c], 40 * em) + CellMargins);
        var basis = text.ToDictionary(c => c, c => Math.Min(natural[c], 4 * em + CellMargins));
        var left = rest - basis.Values.Sum();
        var wanted = text.Sum(c => natural[c] - basis[c]);
        foreach (var c in text)
        {
            widths[c] = left >= wanted
                ? natural[c] + (left - wanted) * natural[c] / natural.Values.Sum()
                : basis[c] + (wanted == 0 ? 0 : left * (natural[c] - basis[c]) / wanted);
        }
        return widths;
    }

    /// <summary>How wide a text sets, in twips for a character of em twips: Chinese characters one em, Latin letters and digits half.</summary>
    internal static int Width(string text, int em) => text.Sum(ch => ch < 0x2E80 && ch != '—' ? em / 2 : em);

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

    private SectionProperties Section(bool landscape)
    {
        var (width, height) = landscape ? (16838u, 11906u) : (11906u, 16838u);
        return new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = _oddFooter },
            new FooterReference { Type = HeaderFooterValues.Even, Id = _evenFooter },
            new PageSize { Width = width, Height = height, Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait },
            landscape
                ? new PageMargin { Top = 1588, Bottom = 1474, Left = 1984u, Right = 2098u, Header = 851u, Footer = 992u }
                : new PageMargin { Top = 2098, Bottom = 1984, Left = 1588u, Right = 1474u, Header = 851u, Footer = 992u });
    }

    private static TableRow Row(IReadOnlyList<string> cells, int[] widths, IReadOnlySet<int>? whole, bool bold, bool repeat)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (repeat) properties.Append(new TableHeader());
        var row = new TableRow(properties);
        for (var c = 0; c < cells.Count; c++)
        {
            var centred = bold || whole?.Contains(c) == true;
            var cellProperties = new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = widths[c].ToString() });
            if (!bold && whole?.Contains(c) == true) cellProperties.Append(new NoWrap());
            cellProperties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
            row.Append(new TableCell(
                cellProperties,
                new Paragraph(
                    new ParagraphProperties(new SpacingBetweenLines { Line = "300", LineRule = LineSpacingRuleValues.Auto }, new Justification { Val = centred ? JustificationValues.Center : JustificationValues.Left }),
                    Run(cells[c], BodyFont, TableSize, bold))));
        }
        return row;
    }

    /// <summary>A footer holding — PAGE — on one side, one character from the edge of the 版心.</summary>
    private static string PageNumberFooter(MainDocumentPart main, JustificationValues side)
    {
        var part = main.AddNewPart<FooterPart>();
        var indent = (PageNumberSize * 10).ToString();
        var properties = new ParagraphProperties(
            new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto },
            side == JustificationValues.Right ? new Indentation { Right = indent } : new Indentation { Left = indent },
            new Justification { Val = side });
        part.Footer = new Footer(new Paragraph(
            properties,
            Run("— ", TitleFont, PageNumberSize, bold: false),
            FieldRun(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            FieldRun(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            FieldRun(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            Run("1", TitleFont, PageNumberSize, bold: false),
            FieldRun(new FieldChar { FieldCharType = FieldCharValues.End }),
            Run(" —", TitleFont, PageNumberSize, bold: false)));
        return main.GetIdOfPart(part);

        static Run FieldRun(OpenXmlElement content) => new(new RunProperties(Fonts(TitleFont), new FontSize { Val = PageNumberSize.ToString() }), content);
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

    private static Run Run(string text, string font, int size, bool bold, string? color = null)
    {
        var properties = new RunProperties(Fonts(font));
        if (bold) properties.Append(new Bold());
        if (color is not null) properties.Append(new Color { Val = color });
        properties.Append(new FontSize { Val = size.ToString() }, new FontSizeComplexScript { Val = size.ToString() });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static RunFonts Fonts(string font) => new() { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font, Hint = FontTypeHintValues.EastAsia };
}
