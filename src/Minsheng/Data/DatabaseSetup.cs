using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Minsheng.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>
/// The provider comes from configuration (Database:Provider, ConnectionStrings:Minsheng, or the
/// environment variables Database__Provider and ConnectionStrings__Minsheng); SQLite is the default.
/// Each provider has its own context type so that each has its own migrations.
/// </summary>
public static class DatabaseSetup
{
    public const string DefaultSqliteConnection = "Data Source=data/minsheng.db";

    public static IServiceCollection AddMinshengDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = ProviderFrom(configuration);
        var connectionString = configuration.GetConnectionString("Minsheng");
        switch (provider)
        {
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Minsheng is not set.");
                }
                services.AddDbContext<MinshengDb, PostgresMinshengDb>(options => options.UsePostgres(connectionString));
                break;
            default:
                var sqlite = string.IsNullOrWhiteSpace(connectionString) ? DefaultSqliteConnection : connectionString;
                EnsureSqliteFolder(sqlite);
                services.AddDbContext<MinshengDb, SqliteMinshengDb>(options => options.UseSqlite(sqlite));
                break;
        }
        return services;
    }

    public static DatabaseProvider ProviderFrom(IConfiguration configuration) =>
        configuration["Database:Provider"]?.Trim().ToLowerInvariant() switch
        {
            null or "" or "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
            var other => throw new InvalidOperationException($"Database:Provider '{other}' is not known: use Sqlite or Postgres."),
        };

    /// <summary>Creates the database or brings it to the latest migration.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MinshengDb>();
        await db.Database.MigrateAsync(cancellationToken);
    }

    internal static DbContextOptionsBuilder UsePostgres(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure(3));

    private static void EnsureSqliteFolder(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:") return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}

public sealed class SqliteMinshengDb(DbContextOptions<SqliteMinshengDb> options) : MinshengDb(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no decimal type: text is exact but slow to read and cannot be compared in SQL.
        // Millionths in an integer are exact to the same six decimals PostgreSQL keeps.
        configurationBuilder.Properties<decimal>().HaveConversion<MillionthsConverter>();
    }
}

internal sealed class MillionthsConverter() : ValueConverter<decimal, long>(
    value => (long)decimal.Round(value * 1_000_000m, 0, MidpointRounding.AwayFromZero),
    stored => stored / 1_000_000m);

public sealed class PostgresMinshengDb(DbContextOptions<PostgresMinshengDb> options) : MinshengDb(options);

/// <summary>Used by `dotnet ef` to add SQLite migrations.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMinshengDb>
{
    public SqliteMinshengDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteMinshengDb>().UseSqlite(DatabaseSetup.DefaultSqliteConnection).Options);
}

/// <summary>Used by `dotnet ef` to add PostgreSQL migrations; no server is contacted.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresMinshengDb>
{
    public PostgresMinshengDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresMinshengDb>();
        options.UsePostgres("Host=localhost;Database=minsheng");
        return new PostgresMinshengDb(options.Options);
    }
}
