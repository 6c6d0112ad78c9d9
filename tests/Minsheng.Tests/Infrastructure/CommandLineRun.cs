using Microsoft.Extensions.Configuration;
using Minsheng.CommandLine;

namespace Minsheng.Tests.Infrastructure;

/// <summary>The command line run in the test's process, with what it wrote to standard output and error.</summary>
public static class CommandLineRun
{
    public static async Task<(int Exit, string Output, string Error)> RunAsync(IConfiguration? configuration, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await MinshengCommandLine.RunAsync(args, output, error, configuration ?? new ConfigurationBuilder().Build());
        return (exit, output.ToString(), error.ToString());
    }
}
