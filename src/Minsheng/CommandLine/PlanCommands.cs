using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Minsheng.Data;
using Minsheng.Engine.Documents;
using Minsheng.Plans;

namespace Minsheng.CommandLine;

/// <summary>minsheng plan import FILE | plan export --year Y [--region R] [--out FILE], against the configured database.</summary>
internal static class PlanCommands
{
    public static Command Create(TextWriter output, TextWriter error, IConfiguration configuration)
    {
        var fileArgument = new Argument<string>("FILE") { Description = CliText.Get("ArgFile") };
        var import = new Command("import", CliText.Get("CmdPlanImport")) { fileArgument };
        import.SetAction(async (parse, cancellationToken) =>
        {
            var file = parse.GetRequiredValue(fileArgument);
            var plan = SummaryCommand.ReadPlan(file, error);
            await using var services = await OpenDatabaseAsync(configuration, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MinshengDb>();
            try
            {
                var stored = await PlanImport.ImportAsync(db, plan, "import", DateTimeOffset.UtcNow, cancellationToken);
                output.WriteLine(CliText.Format("Imported", plan.Title, stored.Id, plan.Categories.Count, plan.Projects.Count(), plan.Indicators.Count(i => i.Of is null),
                    plan.IndicatorReports.Count + plan.ProjectReports.Count));
                return 0;
            }
            catch (PlanAlreadyExistsException e)
            {
                throw new CommandLineException(CliText.Format("ErrPlanExists", plan.Region, plan.Year, e.ExistingId));
            }
        });

        var yearOption = new Option<int>("--year") { Description = CliText.Get("OptYear"), Required = true };
        var regionOption = new Option<string?>("--region") { Description = CliText.Get("OptRegion") };
        var outOption = new Option<string?>("--out") { Description = CliText.Get("OptOut") };
        var export = new Command("export", CliText.Get("CmdPlanExport")) { yearOption, regionOption, outOption };
        export.SetAction(async (parse, cancellationToken) =>
        {
            var year = parse.GetValue(yearOption);
            var region = parse.GetValue(regionOption);
            await using var services = await OpenDatabaseAsync(configuration, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MinshengDb>();
            var id = await FindPlanAsync(db, year, region, cancellationToken);
            var plan = (await PlanLoader.LoadAsync(db, id, cancellationToken))!;
            var json = PlanDocument.Write(plan.WithLatestReportsOnly());
            if (parse.GetValue(outOption) is { } file)
            {
                await File.WriteAllTextAsync(file, json, cancellationToken);
                output.WriteLine(CliText.Format("Exported", plan.Title, file));
            }
            else
            {
                output.WriteLine(json);
            }
            return 0;
        });

        return new Command("plan", CliText.Get("CmdPlan")) { import, export };
    }

    /// <summary>The id of the stored plan of a year (and region), or a command-line error saying why there is none.</summary>
    public static async Task<int> FindPlanAsync(MinshengDb db, int year, string? region, CancellationToken cancellationToken)
    {
        var candidates = await db.Plans.Where(p => p.Year == year && (region == null || p.Region == region))
            .Select(p => new { p.Id, p.Region }).ToListAsync(cancellationToken);
        if (candidates.Count == 0) throw new CommandLineException(CliText.Format("ErrNoPlan", region is null ? year : $"{region} {year}"));
        if (candidates.Count > 1) throw new CommandLineException(CliText.Format("ErrSeveralPlans", year, string.Join("、", candidates.Select(c => c.Region))));
        return candidates[0].Id;
    }

    public static async Task<ServiceProvider> OpenDatabaseAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection().AddMinshengDatabase(configuration).BuildServiceProvider();
        await DatabaseSetup.MigrateAsync(services, cancellationToken);
        return services;
    }
}
