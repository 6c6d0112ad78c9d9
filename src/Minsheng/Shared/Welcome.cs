using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Minsheng.Accounts;
using Minsheng.Data;

namespace Minsheng.Shared;

/// <summary>
/// What the console says once the server listens: where the app is and, with the demo, which accounts
/// to sign in with. Printed, not logged, like the first administrator's password: it is for the person
/// who started the app. Registered after the database startup, so that the demo's accounts exist by then.
/// </summary>
internal sealed class Welcome(
    IServer server, IHostApplicationLifetime lifetime, IServiceProvider services, IConfiguration configuration,
    [FromKeyedServices(Welcome.ConsoleKey)] TextWriter console) : IHostedService
{
    /// <summary>The key of the writer it prints to: the console, or what a test reads.</summary>
    public const string ConsoleKey = "welcome";

    private static readonly ResourceText Words = new("WelcomeText");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var accounts = configuration.GetValue("Demo:Enabled", false) ? await DemoAccountsAsync(cancellationToken) : [];
        // The addresses are known once the server has started: the configured port may be 0, or taken by a proxy's setting.
        lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            if (addresses.Count > 0) console.Write(Text(addresses, accounts));
        });
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static string Text(IEnumerable<string> addresses, IReadOnlyList<(string UserName, string Role, string? Unit)> demoAccounts)
    {
        var text = new System.Text.StringBuilder().AppendLine().AppendLine($"==== {Words.Get("Started")} ====");
        foreach (var address in addresses) text.AppendLine($"     {Words.Get("Address", Browsable(address))}");
        if (demoAccounts.Count > 0)
        {
            text.AppendLine($"     {Words.Get("DemoAccounts", AccountSeeding.DemoPassword)}");
            foreach (var (userName, role, unit) in demoAccounts)
            {
                var name = AccountText.RoleName(role);
                text.AppendLine($"       {userName,-10}{(unit is null ? name : Words.Get("RoleOfUnit", name, unit))}");
            }
        }
        return text.AppendLine($"     {Words.Get("Stop")}").AppendLine().ToString();
    }

    /// <summary>An address to open in a browser: a server listening on every interface is reached at localhost.</summary>
    private static string Browsable(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Host is "[::]" or "0.0.0.0"
            ? new UriBuilder(uri) { Host = "localhost" }.Uri.ToString().TrimEnd('/')
            : address;

    private async Task<List<(string UserName, string Role, string? Unit)>> DemoAccountsAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var names = AccountSeeding.DemoAccounts.Select(a => a.UserName).ToList();
        var existing = await scope.ServiceProvider.GetRequiredService<MinshengDb>().Users
            .Where(u => names.Contains(u.UserName!)).Select(u => u.UserName!).ToListAsync(cancellationToken);
        return AccountSeeding.DemoAccounts.Where(a => existing.Contains(a.UserName)).Select(a => (a.UserName, a.Role, a.Unit)).ToList();
    }
}

public static class WelcomeExtensions
{
    public static IServiceCollection AddWelcome(this IServiceCollection services) =>
        services.AddKeyedSingleton(Welcome.ConsoleKey, System.Console.Out).AddHostedService<Welcome>();
}
