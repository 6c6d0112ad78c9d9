using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Minsheng.Accounts;
using Minsheng.Data;
using Minsheng.Shared;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

public class StartingForTheFirstTime
{
    [Fact]
    public async Task Migrating_a_fresh_SQLite_database_warns_of_nothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var log = new LogRecorder();
        await using var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(log))
            .AddMinshengDatabase(new ConfigurationBuilder().AddInMemoryCollection(database.Settings).Build())
            .BuildServiceProvider();

        await DatabaseSetup.MigrateAsync(services);

        var warnings = log.Entries.Where(e => e.Level >= LogLevel.Warning).Select(e => $"{e.Level} {e.Category}: {e.Message}").ToList();
        Assert.True(warnings.Count == 0, string.Join("\n", warnings));
    }

    [Fact]
    public async Task The_console_says_where_the_server_listens_and_which_demo_accounts_to_sign_in_with()
    {
        await using var app = await MinshengApp.StartServerAsync(DatabaseProvider.Sqlite, demo: true);

        var said = app.ConsoleOutput.ToString();

        Assert.Contains($"在浏览器中打开：{app.ServerAddress}", said);
        Assert.Contains($"演示账号（密码均为 {AccountSeeding.DemoPassword}）", said);
        Assert.All(AccountSeeding.DemoAccounts, account => Assert.Contains(account.UserName, said));
        Assert.Contains("reporter  填报员（市住房城乡建设局）", said);
        Assert.Contains("office    督查室工作人员", said);
    }

    [Fact]
    public async Task Without_the_demo_the_console_names_no_demo_account()
    {
        await using var app = await MinshengApp.StartServerAsync(DatabaseProvider.Sqlite);

        var said = app.ConsoleOutput.ToString();

        Assert.Contains(app.ServerAddress, said);
        Assert.DoesNotContain("演示账号", said);
        Assert.DoesNotContain(AccountSeeding.DemoPassword, said);
    }

    [Fact]
    public void A_server_listening_on_every_interface_is_opened_at_localhost()
    {
        var said = Welcome.Text(["http://[::]:5000", "http://0.0.0.0:5001"], []);

        Assert.Contains("在浏览器中打开：http://localhost:5000", said);
        Assert.Contains("在浏览器中打开：http://localhost:5001", said);
        Assert.Contains("按 Ctrl+C 停止", said);
    }
}
