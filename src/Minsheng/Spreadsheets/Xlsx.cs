using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Minsheng.Engine.Bulletins;
using Minsheng.Engine.Documents;
using Minsheng.Engine.Model;

namespace Minsheng.Spreadsheets;

/// <summary>
/// The cell styles Minsheng's workbooks use, in the order of the stylesheet's cell formats. The table styles
/// (from TableText on) have thin borders: text that wraps, a bold shaded header, centred text, and numbers
/// formatted to the decimals they are written with (whole, one, two) or as a percentage to one decimal.
/// </summary>
public enum CellStyle : uint
{
    Locked = 0, Header = 1, Editable = 2, Percent = 3, Title = 4,
    TableText = 5, TableHeader = 6, TableCentred = 7, TableWhole = 8, TableOneDecimal = 9, TableTwoDecimals = 10, TablePercent = 11, TableTitle = 12,
}

/// <summary>Small helpers over the OpenXML SDK for writing and reading plain workbooks.</summary>
public static class Xlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    public static Cell Text(int column, int row, string? value, CellStyle style = CellStyle.Locked) => new()
    {
        CellReference = ColumnName(column) + row,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(value ?? "") { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = (uint)style,
    };

    public static Cell Number(int column, int row, decimal? value, CellStyle style = CellStyle.Locked) => value is { } number
        ? new Cell { CellReference = ColumnName(column) + row, CellValue = new CellValue(number), DataType = CellValues.Number, StyleIndex = (uint)style }
        : new Cell { CellReference = ColumnName(column) + row, StyleIndex = (uint)style };

    /// <summary>
    /// An indicator's figure as a number at its precision, or a milestone's stage by name (<see cref="WrittenFigures"/>);
    /// in a table, bordered and formatted to the decimals it is written with.
    /// </summary>
    public static Cell Figure(int column, int row, Indicator indicator, decimal? value, bool table = false) => value is { } v && WrittenFigures.Stage(indicator, v) is { } stage
        ? Text(column, row, stage, table ? CellStyle.TableCentred : CellStyle.Locked)
        : Written(column, row, value is { } figure ? Numbers.Normalize(WrittenFigures.Value(indicator, figure)) : null, table);

    /// <summary>A node as <see cref="Figure"/> writes a figure, rounded to the side that meets it.</summary>
    public static Cell Node(int column, int row, Indicator indicator, decimal? node, bool table = false) => node is { } n && WrittenFigures.Stage(indicator, n) is { } stage
        ? Text(column, row, stage, table ? CellStyle.TableCentred : CellStyle.Locked)
        : Written(column, row, node is { } due ? Numbers.Normalize(WrittenFigures.Node(indicator, due)) : null, table);

    /// <summary>A written figure in a table cell, shown with exactly the decimals it has (12, 23.4, 23.46): never 12.00, never a rounding of its own.</summary>
    public static Cell Written(int column, int row, decimal? value, bool table = true) =>
        Number(column, row, value, !table ? CellStyle.Locked : value is not { } v ? CellStyle.TableText : DecimalsOf(v) switch
        {
            0 => CellStyle.TableWhole,
            1 => CellStyle.TableOneDecimal,
            _ => CellStyle.TableTwoDecimals,
        });

    private static int DecimalsOf(decimal value) => (decimal.GetBits(Numbers.Normalize(value))[3] >> 16) & 0xFF;

    public static Cell Formula(int column, int row, string formula, CellStyle style) => new()
    {
        CellReference = ColumnName(column) + row,
        CellFormula = new CellFormula(formula),
        StyleIndex = (uint)style,
    };

    /// <summary>Formats, fonts, fills and borders: gray locked cells, white editable ones, bold headers, percentages, and the bordered table styles.</summary>
    public static Stylesheet Stylesheet()
    {
        var thin = new Border(
            new LeftBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin }, new RightBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new TopBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin }, new BottomBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new DiagonalBorder());
        var wrap = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center };
        var centred = new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true };
        var right = new Alignment { Horizontal = HorizontalAlignmentValues.Right, Vertical = VerticalAlignmentValues.Center };
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = OneDecimalFormat, FormatCode = "0.0" }, new NumberingFormat { NumberFormatId = PercentFormat, FormatCode = "0.0%" }) { Count = 2 },
            new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 14 })),
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFEDEDED" }) { PatternType = PatternValues.Solid }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E1F2" }) { PatternType = PatternValues.Solid })),
            new Borders(new Border(), thin),
            new CellFormats(
                new CellFormat { FillId = 2, ApplyFill = true },
                new CellFormat { FontId = 1, FillId = 3, ApplyFont = true, ApplyFill = true, Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center } },
                new CellFormat { Protection = new Protection { Locked = false }, ApplyProtection = true },
                new CellFormat { FillId = 2, NumberFormatId = 10, ApplyFill = true, ApplyNumberFormat = true },
                new CellFormat { FontId = 2, ApplyFont = true },
                new CellFormat { BorderId = 1, ApplyBorder = true, ApplyAlignment = true, Alignment = (Alignment)wrap.CloneNode(true) },
                new CellFormat { FontId = 1, FillId = 3, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true, Alignment = (Alignment)centred.CloneNode(true) },
                new CellFormat { BorderId = 1, ApplyBorder = true, ApplyAlignment = true, Alignment = (Alignment)centred.CloneNode(true) },
                new CellFormat { BorderId = 1, NumberFormatId = 1, ApplyBorder = true, ApplyNumberFormat = true, ApplyAlignment = true, Alignment = (Alignment)right.CloneNode(true) },
                new CellFormat { BorderId = 1, NumberFormatId = OneDecimalFormat, ApplyBorder = true, ApplyNumberFormat = true, ApplyAlignment = true, Alignment = (Alignment)right.CloneNode(true) },
                new CellFormat { BorderId = 1, NumberFormatId = 2, ApplyBorder = true, ApplyNumberFormat = true, ApplyAlignment = true, Alignment = (Alignment)right.CloneNode(true) },
                new CellFormat { BorderId = 1, NumberFormatId = PercentFormat, ApplyBorder = true, ApplyNumberFormat = true, ApplyAlignment = true, Alignment = (Alignment)right.CloneNode(true) },
                new CellFormat { FontId = 2, ApplyFont = true, ApplyAlignment = true, Alignment = new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center } }));
    }

    /// <summary>The custom number formats: one decimal (a shortfall in points), and a percentage to one decimal, as documents write them (43.2%).</summary>
    public const uint OneDecimalFormat = 164;

    public const uint PercentFormat = 165;

    /// <summary>The cells of a sheet by address ("H7"), with their values as text (numbers in invariant form).</summary>
    public static Dictionary<string, string> ReadCells(WorkbookPart workbook, string sheetName)
    {
        var sheet = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Name == sheetName);
        if (sheet?.Id?.Value is not { } id) return [];
        var part = (WorksheetPart)workbook.GetPartById(id);
        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var cells = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var cell in part.Worksheet?.Descendants<Cell>() ?? [])
        {
            if (cell.CellReference?.Value is not { } reference) continue;
            var text = cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, out var index) && index < shared.Count
                ? shared[index]
                : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText : cell.CellValue?.Text;
            if (!string.IsNullOrWhiteSpace(text)) cells[reference] = text.Trim();
        }
        return cells;
    }

    public static bool TryNumber(string text, out decimal value) =>
        decimal.TryParse(text.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
