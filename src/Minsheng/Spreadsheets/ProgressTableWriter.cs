using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Minsheng.Engine.Bulletins;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;

namespace Minsheng.Spreadsheets;

/// <summary>
/// The programme's progress table (汇总表): one row per indicator, with a target and an actual column per
/// district; figures as numbers at the indicator's precision (a milestone's as its stages' names), bordered,
/// the header frozen, printed landscape to the page width with the header on every page.
/// </summary>
public static class ProgressTableWriter
{
    public const string SheetName = "汇总表";

    public const int HeaderRow = 3;

    private static readonly string[] Columns =
        ["序号", "类别", "项目编号", "项目", "牵头单位", "指标编号", "指标", "单位", "年度目标", "节点目标", "累计完成", "完成率", "状态", "灯", "完成月份"];

    private static readonly Dictionary<Status, string> StatusNames = new()
    {
        [Status.Completed] = "已完成", [Status.Ahead] = "超序时", [Status.OnSchedule] = "按序时", [Status.Behind] = "滞后",
    };

    private static readonly Dictionary<Light, string> LightNames = new() { [Light.Green] = "绿", [Light.Yellow] = "黄", [Light.Red] = "红" };

    public static byte[] Write(Plan plan, Summary summary)
    {
        var districts = summary.Districts.Where(d => d.Indicators > 0).Select(d => d.Name).ToList();
        var categories = plan.Categories.ToDictionary(c => c.Code, c => c.Name);
        var planned = plan.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var headers = Columns.Concat(districts.SelectMany(d => new[] { $"{d}目标", $"{d}完成" })).ToArray();

        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Xlsx.Stylesheet();
            var asOf = summary.Period is { } period ? $"截至{period.Year}年{period.Month}月底" : $"截至{summary.AsOf:yyyy-MM-dd}";
            var data = new SheetData(
                new Row(Xlsx.Text(0, 1, $"{plan.Title} 进展汇总表", CellStyle.TableTitle)) { RowIndex = 1, Height = 30, CustomHeight = true },
                new Row(Xlsx.Text(0, 2, $"{asOf}，序时进度 {ChineseFigures.Percent(summary.Elapsed)}")) { RowIndex = 2 },
                new Row(headers.Select((h, c) => Xlsx.Text(c, HeaderRow, h, CellStyle.TableHeader))) { RowIndex = HeaderRow });
            var number = 0;
            foreach (var project in summary.Projects)
            {
                foreach (var indicator in project.AllIndicators)
                {
                    var row = 4 + number;
                    var written = planned[indicator.Code];
                    var cells = new List<Cell>
                    {
                        Xlsx.Number(0, row, ++number, CellStyle.TableCentred),
                        Xlsx.Text(1, row, categories[project.Category], CellStyle.TableText),
                        Xlsx.Text(2, row, project.Code, CellStyle.TableCentred),
                        Xlsx.Text(3, row, project.Name, CellStyle.TableText),
                        Xlsx.Text(4, row, project.Lead, CellStyle.TableText),
                        Xlsx.Text(5, row, indicator.Code, CellStyle.TableCentred),
                        Xlsx.Text(6, row, indicator.Of is null ? indicator.Name : "其中：" + indicator.Name, CellStyle.TableText),
                        Xlsx.Text(7, row, written.Kind == IndicatorKind.Milestone && written.Stages.Count > 0 ? "阶段" : indicator.Unit, CellStyle.TableCentred),
                        Xlsx.Figure(8, row, written, indicator.Target, table: true),
                        Xlsx.Node(9, row, written, indicator.Node, table: true),
                        Xlsx.Figure(10, row, written, indicator.Actual, table: true),
                        // A rate to one decimal of a percent, as every page and document writes it (43.2%).
                        Xlsx.Number(11, row, indicator.Rate is { } rate ? ChineseFigures.PercentNumber(rate) / 100 : null, CellStyle.TablePercent),
                        Xlsx.Text(12, row, StatusNames[indicator.Status], CellStyle.TableCentred),
                        Xlsx.Text(13, row, LightNames[indicator.Light], CellStyle.TableCentred),
                        Xlsx.Text(14, row, indicator.CompletedIn is { } done ? $"{done.Year}年{done.Month}月" : null, CellStyle.TableCentred),
                    };
                    var byDistrict = indicator.Districts.ToDictionary(d => d.Name);
                    for (var d = 0; d < districts.Count; d++)
                    {
                        var found = byDistrict.GetValueOrDefault(districts[d]);
                        cells.Add(Xlsx.Figure(Columns.Length + 2 * d, row, written, found?.Target, table: true));
                        cells.Add(Xlsx.Figure(Columns.Length + 2 * d + 1, row, written, found?.Actual, table: true));
                    }
                    data.Append(new Row(cells) { RowIndex = (uint)row });
                }
            }
            var part = workbook.AddNewPart<WorksheetPart>();
            var columns = headers.Select((_, c) => new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = c switch { 0 => 6, 3 or 6 => 28, 1 or 4 => 16, 7 => 8, _ => 12 }, CustomWidth = true });
            part.Worksheet = PrintedTable.Worksheet(columns, data, headers.Length, HeaderRow + 1, frozenColumns: 4);
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = SheetName });
            workbook.Workbook.Append(PrintedTable.PrintTitles(SheetName, 0, HeaderRow));
        }
        return stream.ToArray();
    }
}
