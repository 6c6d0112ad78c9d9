using System.CommandLine;
using Minsheng.Documents;
using Minsheng.Engine.Bulletins;
using Minsheng.Engine.Progress;

namespace Minsheng.CommandLine;

/// <summary>
/// minsheng report bulletin|card|table --plan FILE --as-of DATE --out FILE [--template FILE]: the
/// documents from a plan document alone, no database. A plan document holds no problems, so the
/// bulletin says so instead of listing them.
/// </summary>
internal static class ReportCommands
{
    public static Command Create(TextWriter output, TextWriter error, IConfiguration configuration) => new("report", CliText.Get("CmdReport"))
    {
        Document(DocumentKind.Bulletin, "bulletin", "CmdReportBulletin", output, error, configuration),
        Document(DocumentKind.Card, "card", "CmdReportCard", output, error, configuration),
        Document(DocumentKind.Table, "table", "CmdReportTable", output, error, configuration),
    };

    private static Command Document(DocumentKind kind, string name, string description, TextWriter output, TextWriter error, IConfiguration configuration)
    {
        var planOption = new Option<string>("--plan") { Description = CliText.Get("OptPlan"), Required = true };
        var asOfOption = new Option<string>("--as-of") { Description = CliText.Get("OptAsOf"), Required = true };
        var outOption = new Option<string>("--out") { Description = CliText.Get(kind == DocumentKind.Table ? "OptOutXlsx" : "OptOutDocx"), Required = true };
        var templateOption = new Option<string?>("--template") { Description = CliText.Get("OptTemplate") };
        var command = new Command(name, CliText.Get(description)) { planOption, asOfOption, outOption, templateOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var asOf = MinshengCommandLine.ParseAsOf(parse.GetRequiredValue(asOfOption));
            var plan = SummaryCommand.ReadPlan(parse.GetRequiredValue(planOption), error);
            var file = parse.GetRequiredValue(outOption);
            OfficeDocument document;
            try
            {
                var template = DocumentTemplates.Load(parse.GetValue(templateOption) ?? configuration[DocumentTemplates.Setting]);
                document = OfficeDocument.Write(kind, plan, ProgressEngine.Summarize(plan, asOf), null, template);
            }
            catch (InvalidTemplateException e)
            {
                throw new CommandLineException(CliText.Format("ErrTemplate", e.Message));
            }
            catch (NoMonthEndedException)
            {
                throw new CommandLineException(CliText.Format("ErrNoMonthEnded", plan.Title, parse.GetRequiredValue(asOfOption)));
            }
            try
            {
                await File.WriteAllBytesAsync(file, document.Content, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CommandLineException(CliText.Format("ErrWrite", file, e.Message));
            }
            output.WriteLine(CliText.Format("Exported", plan.Title, file));
            return 0;
        });
        return command;
    }
}
