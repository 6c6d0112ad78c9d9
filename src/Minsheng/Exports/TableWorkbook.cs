using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Minsheng.Spreadsheets;

namespace Minsheng.Exports;

/// <summary>
/// A table exactly as a page shows it (the rows its filters and search left, in its order) as a workbook: a bold
/// framed header that stays frozen and repeats on every printed page, framed cells, landscape fitted to the width.
/// A cell shown as a plain figure ("1,234.5") becomes a number, one shown as a percentage ("45.2%") a percentage;
/// anything else stays the text the page showed.
/// </summary>
public static partial class TableWorkbook
{
    private const uint Plain = 0, Header = 1, Number = 2, Percent = 3, Title = 4;

    public static byte[] Write(string title, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(new Row(Styled(Xlsx.Text(0, 1, title), Title)) { RowIndex = 1 });
            data.Append(new Row(columns.Select((c, i) => Styled(Xlsx.Text(i, 2, c), Header))) { RowIndex = 2 });
            for (var r = 0; r < rows.Count; r++)
            {
                var rowIndex = (uint)(r + 3);
                data.Append(new Row(rows[r].Take(columns.Count).Select((text, i) => Cell(i, (int)rowIndex, text))) { RowIndex = rowIndex });
            }
            sheetPart.Worksheet = new Worksheet(
                new SheetProperties(new PageSetupProperties { FitToPage = true }),
                new SheetViews(new SheetView(new Pane { VerticalSplit = 2, TopLeftCell = "A3", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
                new Columns(columns.Select((c, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = Width(c, rows, i), CustomWidth = true })),
                data,
                new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
                new PageSetup { Orientation = OrientationValues.Landscape, PaperSize = 9, FitToWidth = 1, FitToHeight = 0 });
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName(title) });
            workbook.Workbook.Append(new DefinedNames(new DefinedName($"'{SheetName(title)}'!$2:$2") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 }));
        }
        return stream.ToArray();
    }

    private static Cell Cell(int column, int row, string text)
    {
        var shown = text.Trim();
        if (PercentShown().Match(shown) is { Success: true } percent && decimal.TryParse(percent.Groups[1].Value.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var rate))
            return Styled(Xlsx.Number(column, row, rate / 100), Percent);
        if (NumberShown().IsMatch(shown) && decimal.TryParse(shown.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            return Styled(Xlsx.Number(column, row, number), Number);
        return Styled(Xlsx.Text(column, row, text), Plain);
    }

    private static Cell Styled(Cell cell, uint style)
    {
        cell.StyleIndex = style;
        return cell;
    }

    /// <summary>Wide enough for the longest text of the column (a CJK character counts twice), within reason.</summary>
    private static double Width(string heading, IReadOnlyList<IReadOnlyList<string>> rows, int column)
    {
        static int Length(string text) => text.Sum(c => c > 0x2E80 ? 2 : 1);
        var longest = rows.Select(r => column < r.Count ? Length(r[column]) : 0).Append(Length(heading)).Max();
        return Math.Clamp(longest + 2, 6, 60);
    }

    /// <summary>Excel's sheet names: at most 31 characters, none of : \ / ? * [ ].</summary>
    private static string SheetName(string title)
    {
        var name = new string(title.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']' or '\'')).ToArray()).Trim();
        return name.Length == 0 ? "Sheet1" : name[..Math.Min(name.Length, 31)];
    }

    private static Stylesheet Styles()
    {
        Border Thin() => new(
            new LeftBorder(new Color { Rgb = "FFBFBFBF" }) { Style = BorderStyleValues.Thin },
            new RightBorder(new Color { Rgb = "FFBFBFBF" }) { Style = BorderStyleValues.Thin },
            new TopBorder(new Color { Rgb = "FFBFBFBF" }) { Style = BorderStyleValues.Thin },
            new BottomBorder(new Color { Rgb = "FFBFBFBF" }) { Style = BorderStyleValues.Thin },
            new DiagonalBorder());
        var wrap = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center };
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.##" }, new NumberingFormat { NumberFormatId = 165, FormatCode = "0.0%" }) { Count = 2 },
            new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 14 })),
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E1F2" }) { PatternType = PatternValues.Solid })),
            new Borders(new Border(), Thin()),
            new CellFormats(
                new CellFormat { BorderId = 1, ApplyBorder = true, Alignment = (Alignment)wrap.CloneNode(true), ApplyAlignment = true },
                new CellFormat { FontId = 1, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center, Horizontal = HorizontalAlignmentValues.Center }, ApplyAlignment = true },
                new CellFormat { BorderId = 1, NumberFormatId = 164, ApplyBorder = true, ApplyNumberFormat = true, Alignment = new Alignment { Vertical = VerticalAlignmentValues.Center }, ApplyAlignment = true },
                new CellFormat { BorderId = 1, NumberFormatId = 165, ApplyBorder = true, ApplyNumberFormat = true, Alignment = new Alignment { Vertical = VerticalAlignmentValues.Center }, ApplyAlignment = true },
                new CellFormat { FontId = 2, ApplyFont = true }));
    }

    [GeneratedRegex(@"^(-?(?:0|[1-9][\d,]*)(?:\.\d+)?)\s?%$")]
    private static partial Regex PercentShown();

    // No leading zero: a code such as 01 stays text.
    [GeneratedRegex(@"^-?(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d+)?$")]
    private static partial Regex NumberShown();
}
