using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Minsheng.Spreadsheets;

/// <summary>
/// A sheet set up as a table an office prints and scrolls: the rows above the items and the first columns
/// frozen, landscape A4 fitted to the page width (as many pages down as it takes), the header row printed
/// again on every page (print titles), and page numbers in the footer.
/// </summary>
public static class PrintedTable
{
    /// <summary>The worksheet of a table: frozen above <paramref name="firstItemRow"/> and left of <paramref name="frozenColumns"/>, with its title merged over the columns.</summary>
    public static Worksheet Worksheet(IEnumerable<Column> columns, SheetData data, int columnCount, int firstItemRow, int frozenColumns)
    {
        var topLeft = Xlsx.ColumnName(frozenColumns) + firstItemRow;
        var pane = new Pane
        {
            VerticalSplit = frozenColumns > 0 ? frozenColumns : null,
            HorizontalSplit = firstItemRow - 1,
            TopLeftCell = topLeft,
            ActivePane = frozenColumns > 0 ? PaneValues.BottomRight : PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        };
        return new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(pane, new Selection { Pane = pane.ActivePane, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } })
            {
                WorkbookViewId = 0, TabSelected = true,
            }),
            new Columns(columns),
            data,
            new MergeCells(new MergeCell { Reference = $"A1:{Xlsx.ColumnName(columnCount - 1)}1" }),
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            // Paper 9 is A4; 0 pages down means as many as the rows need.
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 },
            new HeaderFooter(new OddFooter("&C— &P —")));
    }

    /// <summary>The print titles of the sheet: its header row repeated at the top of every printed page.</summary>
    public static DefinedNames PrintTitles(string sheetName, uint sheetIndex, int headerRow) =>
        new(new DefinedName { Name = "_xlnm.Print_Titles", LocalSheetId = sheetIndex, Text = $"'{sheetName}'!${headerRow}:${headerRow}" });
}
