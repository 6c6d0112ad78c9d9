using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.DependencyInjection;
using Minsheng.Data;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;
using Minsheng.Reporting;
using Minsheng.Spreadsheets;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

public class ExchangingExcelReports
{
    private static readonly Period July = new(2023, 7);

    private static byte[] Template() => ReportSheetWriter.Write(SamplePlans.Lianyungang(), "市教育局", July);

    /// <summary>Types into cells of a workbook as a unit would in Excel.</summary>
    internal static byte[] Filled(byte[] workbook, string sheetName, params (string Cell, object Value)[] values)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var part = document.WorkbookPart!;
            var sheet = part.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
            var cells = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet!.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
            foreach (var (address, value) in values)
            {
                var cell = cells[address];
                cell.InlineString = null;
                if (value is string text) cell.InlineString = new InlineString(new Text(text));
                else cell.CellValue = new CellValue(Convert.ToDecimal(value));
                cell.DataType = value is string ? CellValues.InlineString : CellValues.Number;
            }
        }
        return stream.ToArray();
    }

    private static async Task<SheetImportResult> Import(MinshengApp app, byte[] workbook)
    {
        using var scope = app.Services.CreateScope();
        var figures = ReportSheetReader.Read("月报.xlsx", workbook);
        return await SheetImport.ImportAsync(scope.ServiceProvider.GetRequiredService<MinshengDb>(), figures, figures.Unit, DateTimeOffset.UtcNow);
    }

    [Fact]
    public void The_template_lists_the_units_indicators_with_last_month_and_locks_what_it_must_not_type()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Template()), isEditable: false);
        var workbook = document.WorkbookPart!;
        var cells = Xlsx.ReadCells(workbook, ReportSheet.IndicatorSheet);

        Assert.Equal(ReportSheet.IndicatorColumns, ReportSheet.IndicatorColumns.Select((_, c) => cells[Xlsx.ColumnName(c) + "3"]));
        Assert.Equal(["01-01-1", "01-01-2"], [cells["D4"], cells["D5"]]);
        Assert.Equal("3", cells["I4"]);
        Assert.False(cells.ContainsKey("D6"));
        var sheet = workbook.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == ReportSheet.IndicatorSheet);
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet!;
        Assert.NotNull(worksheet.GetFirstChild<SheetProtection>());
        var formats = workbook.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ToList();
        bool Unlocked(string address) =>
            formats[(int)worksheet.Descendants<Cell>().Single(c => c.CellReference == address).StyleIndex!.Value].Protection?.Locked?.Value == false;
        Assert.True(Unlocked("J4"));
        Assert.True(Unlocked("L4"));
        Assert.False(Unlocked("G4"));
        Assert.False(Unlocked("I4"));
    }

    [Theory, BothProviders]
    public async Task A_filled_sheet_comes_back_as_the_months_reports_and_a_second_import_changes_nothing(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var id = await app.ImportAsync(SamplePlans.Lianyungang());
        var workbook = Filled(Template(), ReportSheet.IndicatorSheet, ("J4", 4), ("L4", "新开工1所"), ("M4", "资金未到位"), ("N4", "协调财政"), ("J5", 3));
        workbook = Filled(workbook, ReportSheet.MoneySheet, ("F4", 250_000_000), ("J4", 60_000_000));

        var first = await Import(app, workbook);
        var rowsAfterFirst = app.WithDb(db => db.IndicatorReports.Count() + db.ProjectReports.Count());
        var second = await Import(app, workbook);

        Assert.Equal((2, 1, 0, 1), (first.IndicatorRows, first.ProjectRows, first.Unchanged, first.Problems));
        Assert.Equal((0, 0, 3, 0), (second.IndicatorRows, second.ProjectRows, second.Unchanged, second.Problems));
        Assert.Equal(rowsAfterFirst, app.WithDb(db => db.IndicatorReports.Count() + db.ProjectReports.Count()));
        Assert.Equal(("市教育局", SubmissionState.Submitted), app.WithDb(db => db.Submissions.Select(s => new { s.Unit, s.State }).AsEnumerable().Select(s => (s.Unit, s.State)).Single()));
        await app.PublishAsync(id, "2023-07");
        var summary = await app.GetJsonAsync($"/api/plans/{id}/summary?asOf=2023-07-31");
        var project = summary.GetProperty("projects")[0];
        Assert.Equal(4, project.GetProperty("indicators")[0].GetProperty("actual").GetDecimal());
        Assert.Equal(250_000_000, project.GetProperty("investment").GetProperty("completed").GetDecimal());
        Assert.Equal("资金未到位", app.WithDb(db => db.Problems.Single().Description));
    }

    [Theory, BothProviders]
    public async Task A_sheet_with_bad_cells_is_refused_whole_naming_every_cell(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        await app.ImportAsync(SamplePlans.Lianyungang());
        var rowsBefore = app.WithDb(db => db.IndicatorReports.Count());
        var workbook = Filled(Template(), ReportSheet.IndicatorSheet, ("J4", "很多"), ("J5", 9));
        workbook = Filled(workbook, ReportSheet.MoneySheet, ("F4", -5));

        var read = Assert.Throws<ReportSheetException>(() => ReportSheetReader.Read("月报.xlsx", workbook));
        var stages = await Assert.ThrowsAsync<ReportSheetException>(() => Import(app, Filled(Template(), ReportSheet.IndicatorSheet, ("J4", 4), ("J5", 9))));

        Assert.Equal(2, read.Errors.Count);
        Assert.Contains(read.Errors, e => e.StartsWith("指标!J4") && e.Contains("很多"));
        Assert.Contains(read.Errors, e => e.StartsWith("投资!F4") && e.Contains("负数"));
        Assert.StartsWith("指标!J5", Assert.Single(stages.Errors));
        Assert.Equal(rowsBefore, app.WithDb(db => db.IndicatorReports.Count()));
    }

    [Theory, BothProviders]
    public async Task A_sheet_follows_the_same_rules_as_the_form_a_falling_figure_needs_its_reason(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        await app.ImportAsync(SamplePlans.Lianyungang());

        var refused = await Assert.ThrowsAsync<ReportSheetException>(() => Import(app, Filled(Template(), ReportSheet.IndicatorSheet, ("J4", 1))));
        var explained = await Import(app, Filled(Template(), ReportSheet.IndicatorSheet, ("J4", 1), ("L4", "核减2所")));

        Assert.StartsWith("指标!J4", Assert.Single(refused.Errors));
        Assert.Contains("低于 2023年6月 的累计数", refused.Errors[0]);
        Assert.Equal(1, explained.IndicatorRows);
    }

    [Fact]
    public void A_sheet_whose_columns_were_moved_is_refused_with_the_header_cell()
    {
        var workbook = Filled(Template(), ReportSheet.IndicatorSheet, ("J3", "进展情况"), ("L3", "本月累计完成"));

        var error = Assert.Throws<ReportSheetException>(() => ReportSheetReader.Read("月报.xlsx", workbook));

        Assert.Contains(error.Errors, e => e.StartsWith("指标!J3"));
        Assert.Contains(error.Errors, e => e.StartsWith("指标!L3"));
    }

    [Fact]
    public void A_workbook_that_is_not_a_report_sheet_is_refused()
    {
        var error = Assert.Throws<ReportSheetException>(() => ReportSheetReader.Read("随便.xlsx", "not a workbook"u8.ToArray()));

        Assert.Contains("随便.xlsx", Assert.Single(error.Errors));
    }

    [Fact]
    public void The_progress_table_has_a_row_per_indicator_with_the_engines_figures_and_district_columns()
    {
        var plan = SamplePlans.Lianyungang();
        var summary = ProgressEngine.Summarize(plan, new DateOnly(2023, 6, 30));

        using var document = SpreadsheetDocument.Open(new MemoryStream(ProgressTableWriter.Write(plan, summary)), isEditable: false);
        var cells = Xlsx.ReadCells(document.WorkbookPart!, "汇总表");

        Assert.Equal(["01-01-1", "01-01-2", "02-01-1", "02-01-2", "02-02-1"], Enumerable.Range(4, 5).Select(r => cells[$"F{r}"]));
        Assert.Equal(("3", "2", "0.375", "超序时"), (cells["K4"], cells["J4"], cells["L4"], cells["M4"]));
        Assert.Equal(("海州区目标", "海州区完成", "5", "2"), (cells["P3"], cells["Q3"], cells["P4"], cells["Q4"]));
        Assert.Equal("滞后", cells["M8"]);
    }

    [Theory, BothProviders]
    public async Task A_whole_count_figure_with_a_fraction_is_refused_naming_its_cell(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        await app.ImportAsync(SamplePlans.Lianyungang());
        var rowsBefore = app.WithDb(db => db.IndicatorReports.Count());

        var refused = await Assert.ThrowsAsync<ReportSheetException>(() => Import(app, Filled(Template(), ReportSheet.IndicatorSheet, ("J4", 4.5m), ("J5", 3))));

        Assert.Equal("指标!J4: 所 为整数计量单位，不能填报 4.5", Assert.Single(refused.Errors));
        Assert.Equal(rowsBefore, app.WithDb(db => db.IndicatorReports.Count()));
    }

    [Fact]
    public void The_template_names_a_milestones_stages_and_offers_them_to_choose()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Template()), isEditable: false);
        var workbook = document.WorkbookPart!;
        var cells = Xlsx.ReadCells(workbook, ReportSheet.IndicatorSheet);
        var sheet = workbook.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == ReportSheet.IndicatorSheet);
        var validation = Assert.Single(((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet!.Descendants<DataValidation>());

        // 主体工程 in July: its target, its node between 开工 in March and 主体完工 in September, and June's figure.
        Assert.Equal(("竣工", "开工", "开工"), (cells["G5"], cells["H5"], cells["I5"]));
        Assert.Equal("J5", validation.SequenceOfReferences!.InnerText);
        Assert.Equal("\"未启动,立项,开工,主体完工,竣工\"", validation.Formula1!.Text);
        Assert.Equal(("8", "3"), (cells["G4"], cells["H4"]));
    }

    [Theory, BothProviders]
    public async Task A_milestones_cell_takes_its_stages_name_or_its_number(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        await app.ImportAsync(SamplePlans.Lianyungang());

        var unknown = Assert.Throws<ReportSheetException>(() => ReportSheetReader.Read("月报.xlsx", Filled(Template(), ReportSheet.IndicatorSheet, ("J5", "快完工了"))));
        var named = ReportSheetReader.Read("月报.xlsx", Filled(Template(), ReportSheet.IndicatorSheet, ("J5", "主体完工")));
        var numbered = ReportSheetReader.Read("月报.xlsx", Filled(Template(), ReportSheet.IndicatorSheet, ("J5", 3)));
        var imported = await Import(app, Filled(Template(), ReportSheet.IndicatorSheet, ("J4", 4), ("J5", "主体完工")));

        var error = Assert.Single(unknown.Errors);
        Assert.StartsWith("指标!J5", error);
        Assert.Contains("“快完工了”不是该指标的阶段，请填写阶段名称（立项、开工、主体完工、竣工）或阶段序号", error);
        Assert.Equal(3, Assert.Single(named.Indicators).Actual);
        Assert.Equal(3, Assert.Single(numbered.Indicators).Actual);
        Assert.Equal(2, imported.IndicatorRows);
        Assert.Equal(3, app.WithDb(db => db.IndicatorReports.OrderBy(r => r.Id).Last().Actual));
    }

    [Fact]
    public void The_progress_table_writes_a_milestone_by_its_stages_and_a_node_at_the_indicators_precision()
    {
        var plan = SamplePlans.Lianyungang();
        var may = ProgressEngine.Summarize(plan, new DateOnly(2023, 5, 31));

        using var document = SpreadsheetDocument.Open(new MemoryStream(ProgressTableWriter.Write(plan, may)), isEditable: false);
        var cells = Xlsx.ReadCells(document.WorkbookPart!, "汇总表");

        // 8 schools, 2 of them due in June: 1.67 are due in May, written as the 2 that meet it.
        Assert.Equal("2", cells["J4"]);
        Assert.Equal(("竣工", "开工", "未启动"), (cells["I5"], cells["J5"], cells["K5"]));
    }
}
