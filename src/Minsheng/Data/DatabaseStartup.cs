using Microsoft.AspNetCore.Identity;
using Minsheng.Accounts;
using Minsheng.Demo;

namespace Minsheng.Data;

/// <summary>
/// Brings the database to the latest migration before the app serves, creates the roles and, on
/// an empty database, the first administrator; on a first start with Demo:Enabled stores the demo
/// plan and its accounts. A hosted service, so that it runs under the test host too.
/// </summary>
internal sealed class DatabaseStartup(IServiceProvider services, IConfiguration configuration) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await DatabaseSetup.MigrateAsync(services, cancellationToken);

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<MinshengUser>>();
        await AccountSeeding.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        if (await AccountSeeding.CreateFirstAdminAsync(users) is { } password)
        {
            // Printed, never logged: logs are kept and shipped, the console is read once.
            Console.WriteLine($"""

                ==== Minsheng: the first start created the administrator account ====
                     user name: admin
                     password:  {password}
                     Sign in and change it; it is not shown again.

                """);
        }

        if (!configuration.GetValue("Demo:Enabled", false)) return;
        var db = scope.ServiceProvider.GetRequiredService<MinshengDb>();
        if (await DemoData.SeedIfEmptyAsync(db, cancellationToken)) await AccountSeeding.CreateDemoAccountsAsync(users);
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
