using Minsheng.Demo;

namespace Minsheng.Data;

/// <summary>
/// Brings the database to the latest migration before the app serves, and on a first start with
/// Demo:Enabled stores the demo plan. A hosted service, so that it runs under the test host too.
/// </summary>
internal sealed class DatabaseStartup(IServiceProvider services, IConfiguration configuration, TimeProvider clock, ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await DatabaseSetup.MigrateAsync(services, cancellationToken);
        if (!configuration.GetValue("Demo:Enabled", false)) return;

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MinshengDb>();
        if (await DemoData.SeedIfEmptyAsync(db, clock.GetUtcNow(), cancellationToken))
        {
            logger.LogInformation("Stored the demo plan (Dalian 2024, reported up to month {Month}).", DemoData.ReportedUpToMonth);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class DatabaseStartupExtensions
{
    public static IServiceCollection AddDatabaseStartup(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        return services.AddHostedService<DatabaseStartup>();
    }
}
