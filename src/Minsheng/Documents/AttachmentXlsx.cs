using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Minsheng.Engine.Bulletins;
using Minsheng.Spreadsheets;
using CellStyle = Minsheng.Spreadsheets.CellStyle;

namespace Minsheng.Documents;

/// <summary>
/// The 汇总表 of lagging items as a workbook: the bulletin's attached table with its figures as numbers
/// at each indicator's precision (the unit beside the indicator's name), so that an office can sort and
/// sum it; a milestone's figures are its stages' names. Bordered and ready to print: the header frozen with
/// 序号 and 项目, landscape fitted to the page width, the header row repeated on each printed page.
/// </summary>
public static class AttachmentXlsx
{
    public const string SheetName = "汇总表";

    /// <summary>Rows start here (1-based): title, as-of line, header, then the items.</summary>
    public const int FirstRow = 4;

    public const int HeaderRow = 3;

    public static byte[] Write(AttachmentTable table, string asOf)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Xlsx.Stylesheet();
            var data = new SheetData(
                new Row(Xlsx.Text(0, 1, table.Title, CellStyle.TableTitle)) { RowIndex = 1, Height = 30, CustomHeight = true },
                new Row(Xlsx.Text(0, 2, asOf)) { RowIndex = 2 },
                new Row(table.Columns.Select((h, c) => Xlsx.Text(c, HeaderRow, h, CellStyle.TableHeader))) { RowIndex = HeaderRow });
            var rowIndex = FirstRow;
            foreach (var row in table.Rows)
            {
                var figures = row.Figures;
                data.Append(new Row(
                    Xlsx.Number(0, rowIndex, row.Number, CellStyle.TableCentred),
                    Xlsx.Text(1, rowIndex, row.Project, CellStyle.TableText),
                    Xlsx.Text(2, rowIndex, row.Lead, CellStyle.TableText),
                    Xlsx.Text(3, rowIndex, figures.Unit is { Length: > 0 } unit ? $"{row.Indicator}（{unit}）" : row.Indicator, CellStyle.TableText),
                    Xlsx.Figure(4, rowIndex, row.Planned, figures.Target, table: true),
                    Xlsx.Node(5, rowIndex, row.Planned, figures.Node, table: true),
                    Xlsx.Figure(6, rowIndex, row.Planned, figures.Actual, table: true),
                    // Points of the target, to one decimal as the bulletin writes them.
                    Xlsx.Number(7, rowIndex, figures.Shortfall is { } s ? Math.Round(s, 1, MidpointRounding.AwayFromZero) : null, CellStyle.TableOneDecimal),
                    Xlsx.Text(8, rowIndex, row.Problems, CellStyle.TableText),
                    Xlsx.Text(9, rowIndex, row.Measures, CellStyle.TableText)) { RowIndex = (uint)rowIndex });
                rowIndex++;
            }
            if (table.Rows.Count == 0) data.Append(new Row(Xlsx.Text(0, rowIndex, table.None)) { RowIndex = (uint)rowIndex });
            var part = workbook.AddNewPart<WorksheetPart>();
            var widths = new[] { 6, 28, 16, 28, 12, 12, 12, 10, 36, 36 };
            part.Worksheet = PrintedTable.Worksheet(
                widths.Select((w, c) => new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = w, CustomWidth = true }),
                data, widths.Length, FirstRow, frozenColumns: 2);
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = SheetName });
            workbook.Workbook.Append(PrintedTable.PrintTitles(SheetName, 0, HeaderRow));
        }
        return stream.ToArray();
    }
}
