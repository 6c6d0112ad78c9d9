using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Minsheng.Data;
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
}
