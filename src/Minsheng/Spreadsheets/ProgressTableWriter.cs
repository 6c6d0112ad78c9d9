using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;

namespace Minsheng.Spreadsheets;

/// <summary>The programme's progress table (汇总表): one row per indicator, with a target and an actual column per district.</summary>
public static class ProgressTableWriter
{
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
                new Row(Xlsx.Text(0, 1, $"{plan.Title} 进展汇总表", CellStyle.Title)) { RowIndex = 1 },
                new Row(Xlsx.Text(0, 2, $"{asOf}，序时进度 {summary.Elapsed * 100:0.0}%")) { RowIndex = 2 },
                new Row(headers.Select((h, c) => Xlsx.Text(c, 3, h, CellStyle.Header))) { RowIndex = 3 });
            var number = 0;
            foreach (var project in summary.Projects)
            {
                foreach (var indicator in project.Indicators)
                {
                    var row = 4 + number;
                    var written = planned[indicator.Code];
                    var cells = new List<Cell>
                    {
                        Xlsx.Number(0, row, ++number),
                        Xlsx.Text(1, row, categories[project.Category]),
                        Xlsx.Text(2, row, project.Code),
                        Xlsx.Text(3, row, project.Name),
                        Xlsx.Text(4, row, project.Lead),
                        Xlsx.Text(5, row, indicator.Code),
                        Xlsx.Text(6, row, indicator.Name),
                        Xlsx.Text(7, row, indicator.Unit),
                        Xlsx.Figure(8, row, written, indicator.Target),
                        Xlsx.Node(9, row, written, indicator.Node),
                        Xlsx.Figure(10, row, written, indicator.Actual),
                        Xlsx.Number(11, row, indicator.Rate, CellStyle.Percent),
                        Xlsx.Text(12, row, StatusNames[indicator.Status]),
                        Xlsx.Text(13, row, LightNames[indicator.Light]),
                        Xlsx.Text(14, row, indicator.CompletedIn?.ToString()),
                    };
                    var byDistrict = indicator.Districts.ToDictionary(d => d.Name);
                    for (var d = 0; d < districts.Count; d++)
                    {
                        var found = byDistrict.GetValueOrDefault(districts[d]);
                        cells.Add(Xlsx.Figure(Columns.Length + 2 * d, row, written, found?.Target));
                        cells.Add(Xlsx.Figure(Columns.Length + 2 * d + 1, row, written, found?.Actual));
                    }
                    data.Append(new Row(cells) { RowIndex = (uint)row });
                }
            }
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(new Columns(headers.Select((_, c) => new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = c is 3 or 6 ? 28 : 12, CustomWidth = true })), data);
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "汇总表" });
        }
        return stream.ToArray();
    }
}
