using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;

namespace Minsheng.Spreadsheets;

/// <summary>Writes a unit's monthly report workbook: last month's figures filled in, only the cells the unit fills left unlocked.</summary>
public static class ReportSheetWriter
{
    public static byte[] Write(Plan plan, string unit, Period period)
    {
        var projects = ReportSheet.ProjectsOf(plan, unit).ToList();
        if (projects.Count == 0) throw new ReportSheetException([$"{unit} leads no project of {plan.Title}."]);
        var lastMonth = ProgressEngine.Summarize(plan, EndOf(period.Month - 1, plan.Year));
        var lastFigures = lastMonth.Projects.SelectMany(p => p.AllIndicators).ToDictionary(i => i.Code);
        var lastMoney = lastMonth.Projects.ToDictionary(p => p.Code);

        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Xlsx.Stylesheet();
            var subtitle = $"填报单位：{unit}　填报月份：{period.Year}年{period.Month}月　白色单元格由本单位填写，灰色单元格已锁定。";

            var indicatorRows = new List<Row>();
            var stageLists = new List<DataValidation>();
            var number = 0;
            foreach (var project in projects)
            {
                foreach (var indicator in project.Indicators)
                {
                    var row = ReportSheet.FirstDataRow + number;
                    var node = NodeCurve.At(indicator, plan.Settings.Curve, period.Month);
                    var staged = ReportSheet.IsStaged(indicator);
                    if (staged) stageLists.Add(StageList(indicator, Xlsx.ColumnName(ReportSheet.Indicator.Actual) + row));
                    indicatorRows.Add(new Row(
                        Xlsx.Number(0, row, ++number),
                        Xlsx.Text(1, row, project.Code),
                        Xlsx.Text(2, row, project.Name),
                        Xlsx.Text(3, row, indicator.Code),
                        Xlsx.Text(4, row, indicator.Name),
                        Xlsx.Text(5, row, indicator.Unit),
                        Xlsx.Figure(6, row, indicator, indicator.Target),
                        Xlsx.Node(7, row, indicator, node),
                        Xlsx.Figure(8, row, indicator, lastFigures[indicator.Code].Actual),
                        Xlsx.Number(9, row, null, CellStyle.Editable),
                        // A stage's name is no number to divide: a milestone's rate is left to the figures.
                        staged ? Xlsx.Number(10, row, null, CellStyle.Percent) : Xlsx.Formula(10, row, $"IF(OR(G{row}=0,J{row}=\"\"),\"\",J{row}/G{row})", CellStyle.Percent),
                        Xlsx.Text(11, row, "", CellStyle.Editable),
                        Xlsx.Text(12, row, "", CellStyle.Editable),
                        Xlsx.Text(13, row, "", CellStyle.Editable)) { RowIndex = (uint)row });
                }
            }
            AddSheet(workbook, ReportSheet.IndicatorSheet, $"{plan.Title} 月度进展表", subtitle, ReportSheet.IndicatorColumns, indicatorRows,
                [6, 10, 24, 10, 24, 8, 10, 12, 10, 14, 9, 30, 30, 30], stageLists);

            var moneyRows = projects.Select((project, i) =>
            {
                var row = ReportSheet.FirstDataRow + i;
                var funds = project.Funds;
                return new Row(
                    Xlsx.Number(0, row, i + 1),
                    Xlsx.Text(1, row, project.Code),
                    Xlsx.Text(2, row, project.Name),
                    Xlsx.Number(3, row, project.Investment),
                    Xlsx.Number(4, row, lastMoney[project.Code].Investment.Completed),
                    Xlsx.Number(5, row, null, CellStyle.Editable),
                    Xlsx.Number(6, row, funds?.City),
                    Xlsx.Number(7, row, funds?.District),
                    Xlsx.Number(8, row, funds?.Other),
                    Xlsx.Number(9, row, null, CellStyle.Editable),
                    Xlsx.Number(10, row, null, CellStyle.Editable),
                    Xlsx.Number(11, row, null, CellStyle.Editable)) { RowIndex = (uint)row };
            }).ToList();
            AddSheet(workbook, ReportSheet.MoneySheet, $"{plan.Title} 投资与资金（元）", subtitle, ReportSheet.MoneyColumns, moneyRows,
                [6, 10, 24, 14, 16, 14, 12, 12, 12, 12, 12, 12], []);

            AddMetaSheet(workbook, plan, unit, period, projects.SelectMany(p => p.Indicators).Where(ReportSheet.IsStaged).ToList());
        }
        return stream.ToArray();
    }

    private static DateOnly EndOf(int month, int year) => month <= 0
        ? new DateOnly(year, 1, 1)
        : new DateOnly(year, month, DateTime.DaysInMonth(year, month));

    /// <summary>
    /// A drop-down of the stages' names on a milestone's cell. Its error alert is off, so that the
    /// stage's number may be typed too; the reader takes either.
    /// </summary>
    private static DataValidation StageList(Indicator indicator, string cell) => new(
        new Formula1($"\"{string.Join(",", ReportSheet.StageNames(indicator))}\""))
    {
        Type = DataValidationValues.List,
        AllowBlank = true,
        ShowErrorMessage = false,
        SequenceOfReferences = new ListValue<StringValue> { InnerText = cell },
    };

    private static void AddSheet(WorkbookPart workbook, string name, string title, string subtitle, string[] headers, List<Row> rows, int[] widths, List<DataValidation> validations)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData(
            new Row(Xlsx.Text(0, 1, title, CellStyle.Title)) { RowIndex = 1 },
            new Row(Xlsx.Text(0, 2, subtitle)) { RowIndex = 2 },
            new Row(headers.Select((header, c) => Xlsx.Text(c, ReportSheet.HeaderRow, header, CellStyle.Header))) { RowIndex = ReportSheet.HeaderRow });
        data.Append(rows);
        var columns = new Columns(widths.Select((width, c) => new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = width, CustomWidth = true }));
        // Protection without a password: it guards against slips, not against the unit itself.
        part.Worksheet = new Worksheet(columns, data, new SheetProtection { Sheet = true, FormatColumns = false, FormatRows = false });
        if (validations.Count > 0) part.Worksheet.Append(new DataValidations(validations) { Count = (uint)validations.Count });
        AppendSheet(workbook, part, name, SheetStateValues.Visible);
    }

    /// <summary>The plan, unit and month of the sheet, and each milestone's stages, by which the reader knows a stage's name.</summary>
    private static void AddMetaSheet(WorkbookPart workbook, Plan plan, string unit, Period period, List<Indicator> milestones)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        (string Key, string Value)[] meta =
        [
            ("format", ReportSheet.Format), ("region", plan.Region), ("year", plan.Year.ToString()), ("period", period.ToString()), ("unit", unit),
            .. milestones.Select(m => (ReportSheet.StagesKey + m.Code, string.Join('\n', m.Stages))),
        ];
        part.Worksheet = new Worksheet(new SheetData(meta.Select((m, i) => new Row(Xlsx.Text(0, i + 1, m.Key), Xlsx.Text(1, i + 1, m.Value)) { RowIndex = (uint)i + 1 })));
        AppendSheet(workbook, part, ReportSheet.MetaSheet, SheetStateValues.Hidden);
    }

    private static void AppendSheet(WorkbookPart workbook, WorksheetPart part, string name, SheetStateValues state)
    {
        var sheets = workbook.Workbook!.Sheets!;
        sheets.Append(new Sheet
        {
            Id = workbook.GetIdOfPart(part),
            SheetId = (uint)sheets.Count() + 1,
            Name = name,
            State = state,
        });
    }
}

/// <summary>A report workbook that cannot be used: every problem with its cell address; nothing is saved.</summary>
public sealed class ReportSheetException(IReadOnlyList<string> errors) : Exception(string.Join("; ", errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
