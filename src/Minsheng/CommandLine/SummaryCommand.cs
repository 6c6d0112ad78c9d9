using System.CommandLine;
using Minsheng.Engine.Documents;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;

namespace Minsheng.CommandLine;

/// <summary>minsheng summary --plan FILE --as-of YYYY-MM-DD [--json]: computed from the document alone, no database.</summary>
internal static class SummaryCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var planOption = new Option<string>("--plan") { Description = CliText.Get("OptPlan"), Required = true };
        var asOfOption = new Option<string>("--as-of") { Description = CliText.Get("OptAsOf"), Required = true };
        var jsonOption = new Option<bool>("--json") { Description = CliText.Get("OptJson") };
        var command = new Command("summary", CliText.Get("CmdSummary")) { planOption, asOfOption, jsonOption };
        command.SetAction(parse =>
        {
            var file = parse.GetRequiredValue(planOption);
            var asOf = MinshengCommandLine.ParseAsOf(parse.GetRequiredValue(asOfOption));
            var plan = ReadPlan(file, error);
            var summary = ProgressEngine.Summarize(plan, asOf);
            output.WriteLine(parse.GetValue(jsonOption) ? SummaryJson.Write(summary) : SummaryTable.Render(plan, summary));
            return 0;
        });
        return command;
    }

    /// <summary>
    /// A plan document from a file, or a command-line error naming the file and every bad field.
    /// A field the reader ignored is told on standard error, and the command goes on.
    /// </summary>
    public static Plan ReadPlan(string file, TextWriter error)
    {
        if (!File.Exists(file)) throw new CommandLineException(CliText.Format("ErrFileNotFound", file));
        try
        {
            var (plan, warnings) = PlanDocument.ReadFile(file);
            foreach (var warning in warnings) error.WriteLine(CliText.Format("DocumentWarning", file, warning.Path, warning.Message));
            return plan;
        }
        catch (InvalidPlanDocumentException e)
        {
            throw new CommandLineException(e.Errors.Select(bad => CliText.Format("ErrDocument", file, bad.Path, bad.Message)).ToList());
        }
    }
}
