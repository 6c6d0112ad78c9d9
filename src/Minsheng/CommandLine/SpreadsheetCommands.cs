using System.CommandLine;
using Minsheng.Data;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;
using Minsheng.Plans;
using Minsheng.Reporting;
using Minsheng.Spreadsheets;

namespace Minsheng.CommandLine;

/// <summary>
/// Excel both ways: minsheng export template (a unit's monthly report workbook), minsheng export
/// table (the progress table), and minsheng import report (a filled workbook into the database).
/// </summary>
internal static class SpreadsheetCommands
{
    public static Command Export(TextWriter output, TextWriter error, IConfiguration configuration)
    {
        var unitOption = new Option<string>("--unit") { Description = CliText.Get("OptUnit"), Required = true };
        var periodOption = new Option<string>("--period") { Description = CliText.Get("OptPeriod"), Required = true };
        var planOption = new Option<string?>("--plan") { Description = CliText.Get("OptPlanOrDatabase") };
        var regionOption = new Option<string?>("--region") { Description = CliText.Get("OptRegion") };
        var outOption = new Option<string>("--out") { Description = CliText.Get("OptOutXlsx"), Required = true };
        var template = new Command("template", CliText.Get("CmdExportTemplate")) { unitOption, periodOption, planOption, regionOption, outOption };
        template.SetAction(async (parse, cancellationToken) =>
        {
            var periodText = parse.GetRequiredValue(periodOption);
            if (!Period.TryParse(periodText, out var period)) throw new CommandLineException(CliText.Format("ErrPeriod", periodText));
            var plan = await LoadPlanAsync(parse.GetValue(planOption), period.Year, parse.GetValue(regionOption), error, configuration, FigureView.Working, cancellationToken);
            var workbook = Guarded(() => ReportSheetWriter.Write(plan, parse.GetRequiredValue(unitOption), period));
            await File.WriteAllBytesAsync(parse.GetRequiredValue(outOption), workbook, cancellationToken);
            output.WriteLine(CliText.Format("Exported", plan.Title, parse.GetRequiredValue(outOption)));
            return 0;
        });

        var asOfOption = new Option<string>("--as-of") { Description = CliText.Get("OptAsOf"), Required = true };
        var yearOption = new Option<int?>("--year") { Description = CliText.Get("OptYear") };
        var tableOut = new Option<string>("--out") { Description = CliText.Get("OptOutXlsx"), Required = true };
        var tablePlan = new Option<string?>("--plan") { Description = CliText.Get("OptPlanOrDatabase") };
        var tableRegion = new Option<string?>("--region") { Description = CliText.Get("OptRegion") };
        var table = new Command("table", CliText.Get("CmdExportTable")) { tablePlan, yearOption, tableRegion, asOfOption, tableOut };
        table.SetAction(async (parse, cancellationToken) =>
        {
            var asOf = MinshengCommandLine.ParseAsOf(parse.GetRequiredValue(asOfOption));
            var plan = await LoadPlanAsync(parse.GetValue(tablePlan), parse.GetValue(yearOption) ?? asOf.Year, parse.GetValue(tableRegion), error, configuration, FigureView.Published, cancellationToken);
            await File.WriteAllBytesAsync(parse.GetRequiredValue(tableOut), ProgressTableWriter.Write(plan, ProgressEngine.Summarize(plan, asOf)), cancellationToken);
            output.WriteLine(CliText.Format("Exported", plan.Title, parse.GetRequiredValue(tableOut)));
            return 0;
        });

        return new Command("export", CliText.Get("CmdExport")) { template, table };
    }

    public static Command ImportReport(TextWriter output, IConfiguration configuration)
    {
        var fileArgument = new Argument<string>("FILE") { Description = CliText.Get("ArgReportFile") };
        var command = new Command("report", CliText.Get("CmdImportReport")) { fileArgument };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var file = parse.GetRequiredValue(fileArgument);
            if (!File.Exists(file)) throw new CommandLineException(CliText.Format("ErrFileNotFound", file));
            var figures = Guarded(() => ReportSheetReader.Read(Path.GetFileName(file), File.ReadAllBytes(file)), file);
            await using var services = await PlanCommands.OpenDatabaseAsync(configuration, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MinshengDb>();
            SheetImportResult result;
            try
            {
                result = await SheetImport.ImportAsync(db, figures, figures.Unit, DateTimeOffset.UtcNow, cancellationToken);
            }
            catch (ReportSheetException e)
            {
                throw new CommandLineException(e.Errors.Select(error => $"{file}: {error}").ToList());
            }
            output.WriteLine(CliText.Format("ReportImported", file, figures.Unit, result.Period, result.IndicatorRows, result.ProjectRows, result.Unchanged, result.Problems));
            return 0;
        });
        return command;
    }

    private static T Guarded<T>(Func<T> work, string? file = null)
    {
        try
        {
            return work();
        }
        catch (ReportSheetException e)
        {
            throw new CommandLineException(e.Errors.Select(error => file is null ? error : $"{file}: {error}").ToList());
        }
    }

    /// <summary>A plan from a plan document, or else the database's plan of the year (and region) with the figures the view counts.</summary>
    private static async Task<Plan> LoadPlanAsync(string? file, int year, string? region, TextWriter error, IConfiguration configuration, FigureView view, CancellationToken cancellationToken)
    {
        if (file is not null) return SummaryCommand.ReadPlan(file, error);
        await using var services = await PlanCommands.OpenDatabaseAsync(configuration, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MinshengDb>();
        var id = await PlanCommands.FindPlanAsync(db, year, region, cancellationToken);
        return (await PlanLoader.LoadAsync(db, id, view, cancellationToken))!;
    }
}
