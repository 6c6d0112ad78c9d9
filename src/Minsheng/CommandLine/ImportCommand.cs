using System.CommandLine;
using Minsheng.Engine.Documents;
using Minsheng.Engine.Imports;
using Minsheng.Imports;

namespace Minsheng.CommandLine;

/// <summary>minsheng import FILE [--year Y] [--region NAME] [--out plan.json]: a published list to a plan document, without the database.</summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error, IConfiguration configuration)
    {
        var fileArgument = new Argument<string>("FILE") { Description = CliText.Get("ArgListFile") };
        var yearOption = new Option<int?>("--year") { Description = CliText.Get("OptListYear") };
        var regionOption = new Option<string?>("--region") { Description = CliText.Get("OptListRegion") };
        var outOption = new Option<string?>("--out") { Description = CliText.Get("OptOut") };
        var command = new Command("import", CliText.Get("CmdImport")) { fileArgument, yearOption, regionOption, outOption, SpreadsheetCommands.ImportReport(output, configuration) };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var file = parse.GetRequiredValue(fileArgument);
            ImportedList imported;
            try
            {
                var read = await ListFiles.ReadAsync(file, configuration, cancellationToken);
                foreach (var note in read.Notes) error.WriteLine(note);
                imported = PublishedListParser.Parse(read.Text, new ListImportOptions(parse.GetValue(yearOption), parse.GetValue(regionOption)));
            }
            catch (ListFileException e)
            {
                throw new CommandLineException(e.Problems);
            }
            catch (ListImportException e)
            {
                throw new CommandLineException($"{file}：{ImportText.Of(e)}");
            }

            foreach (var warning in imported.Warnings) error.WriteLine(CliText.Format("ImportWarning", file, warning.Line, ImportText.Of(warning)));
            var json = PlanDocument.Write(imported.Plan);
            if (parse.GetValue(outOption) is { } outFile)
            {
                await File.WriteAllTextAsync(outFile, json, cancellationToken);
                var plan = imported.Plan;
                output.WriteLine(CliText.Format("ListImported", file, outFile, plan.Categories.Count, plan.Projects.Count(), plan.Indicators.Count(i => i.Of is null)));
            }
            else
            {
                output.WriteLine(json);
            }
            return 0;
        });
        return command;
    }
}
