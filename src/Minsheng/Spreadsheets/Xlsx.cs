using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Minsheng.Engine.Bulletins;
using Minsheng.Engine.Documents;
using Minsheng.Engine.Model;

namespace Minsheng.Spreadsheets;

/// <summary>The cell styles Minsheng's workbooks use, in the order of the stylesheet's cell formats.</summary>
public enum CellStyle : uint { Locked = 0, Header = 1, Editable = 2, Percent = 3, Title = 4 }

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

    /// <summary>An indicator's figure as a number at its precision, or a milestone's stage by name (<see cref="WrittenFigures"/>).</summary>
    public static Cell Figure(int column, int row, Indicator indicator, decimal? value) => value is { } v && WrittenFigures.Stage(indicator, v) is { } stage
        ? Text(column, row, stage)
        : Number(column, row, value is { } figure ? Numbers.Normalize(WrittenFigures.Value(indicator, figure)) : null);

    /// <summary>A node as <see cref="Figure"/> writes a figure, rounded to the side that meets it.</summary>
    public static Cell Node(int column, int row, Indicator indicator, decimal? node) => node is { } n && WrittenFigures.Stage(indicator, n) is { } stage
        ? Text(column, row, stage)
        : Number(column, row, node is { } due ? Numbers.Normalize(WrittenFigures.Node(indicator, due)) : null);

    public static Cell Formula(int column, int row, string formula, CellStyle style) => new()
    {
        CellReference = ColumnName(column) + row,
        CellFormula = new CellFormula(formula),
        StyleIndex = (uint)style,
    };

    /// <summary>Fonts, fills and formats: gray locked cells, white editable ones, bold headers, percentages.</summary>
    public static Stylesheet Stylesheet() => new(
        new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 14 })),
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFEDEDED" }) { PatternType = PatternValues.Solid }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E1F2" }) { PatternType = PatternValues.Solid })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat { FillId = 2, ApplyFill = true },
            new CellFormat { FontId = 1, FillId = 3, ApplyFont = true, ApplyFill = true, Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center } },
            new CellFormat { Protection = new Protection { Locked = false }, ApplyProtection = true },
            new CellFormat { FillId = 2, NumberFormatId = 10, ApplyFill = true, ApplyNumberFormat = true },
            new CellFormat { FontId = 2, ApplyFont = true }));

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
