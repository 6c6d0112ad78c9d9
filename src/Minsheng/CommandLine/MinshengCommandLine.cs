using System.CommandLine;
using System.Globalization;

namespace Minsheng.CommandLine;

/// <summary>The executable's command line: summary from a plan document, and plans in and out of the database.</summary>
public static class MinshengCommandLine
{
    private static readonly string[] HelpWords = ["--help", "-h", "-?", "--version"];

    /// <summary>
    /// A first word that is not an option (--urls …) nor a setting (key=value) is a command, so that
    /// a mistyped one is an error rather than a web server starting.
    /// </summary>
    public static bool Handles(string[] args) =>
        args.Length > 0 && (HelpWords.Contains(args[0]) || (!args[0].StartsWith('-') && !args[0].Contains('=')));

    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error, DefaultConfiguration());

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IConfiguration configuration)
    {
        var root = new RootCommand(CliText.Get("CmdRoot"))
        {
            SummaryCommand.Create(output, error),
            PlanCommands.Create(output, error, configuration),
            ImportCommand.Create(output, error, configuration),
            SpreadsheetCommands.Export(output, error, configuration),
            ReportCommands.Create(output, error, configuration),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            var command = string.Join(' ', parse.CommandResult.Command == root ? [] : CommandPath(parse.CommandResult.Command));
            error.WriteLine("minsheng: " + CliText.Format("ErrSeeHelp", parse.Errors[0].Message, command).Replace("  ", " "));
            return 2;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (CommandLineException e)
        {
            foreach (var line in e.Lines) error.WriteLine("minsheng: " + line);
            return e.ExitCode;
        }
    }

    private static IEnumerable<string> CommandPath(Command command)
    {
        var names = new Stack<string>();
        for (Symbol? symbol = command; symbol is Command { Parents: var parents } c && c is not RootCommand; symbol = parents.FirstOrDefault())
        {
            names.Push(c.Name);
        }
        return names;
    }

    private static IConfiguration DefaultConfiguration() => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .Build();

    internal static DateOnly ParseAsOf(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CommandLineException(CliText.Format("ErrAsOf", text));
}

/// <summary>Bad input on the command line: printed one line per problem, with a non-zero exit.</summary>
public sealed class CommandLineException(IReadOnlyList<string> lines, int exitCode = 1) : Exception(string.Join(Environment.NewLine, lines))
{
    public CommandLineException(string line) : this([line]) { }

    public IReadOnlyList<string> Lines { get; } = lines;

    public int ExitCode { get; } = exitCode;
}
