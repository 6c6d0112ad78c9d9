using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Minsheng.Data;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;
using Minsheng.Plans;

namespace Minsheng.Benchmarks;

/// <summary>
/// The summary of a province-scale programme (15 cities × 50 projects × 4 indicators × 12 months,
/// 10 districts each), from memory and loaded from each database: with the city's monthly reports
/// (36,000 rows), and with every district reporting every month as well (396,000 rows).
/// </summary>
[MemoryDiagnoser]
public class SummaryBenchmarks
{
    [Params(false, true)]
    public bool EveryDistrictReports { get; set; }

    private static readonly DateOnly AsOf = new(2024, 9, 30);

    private Plan _plan = null!;
    private MinshengDb? _sqlite;
    private MinshengDb? _postgres;
    private int _sqlitePlanId;
    private int _postgresPlanId;

    [GlobalSetup(Target = nameof(SummaryFromMemory))]
    public void SetUpMemory() => _plan = SyntheticProgramme.Build(EveryDistrictReports);

    [GlobalSetup(Target = nameof(LoadAndSummarizeFromSqlite))]
    public void SetUpSqlite()
    {
        var file = Path.Combine(Path.GetTempPath(), $"minsheng-bench-{Guid.NewGuid():N}.db");
        _sqlite = new SqliteMinshengDb(new DbContextOptionsBuilder<SqliteMinshengDb>().UseSqlite($"Data Source={file}").Options);
        _sqlitePlanId = Store(_sqlite);
    }

    [GlobalSetup(Target = nameof(LoadAndSummarizeFromPostgres))]
    public void SetUpPostgres()
    {
        var connection = Environment.GetEnvironmentVariable("MINSHENG_BENCH_POSTGRES")
            ?? throw new InvalidOperationException("Set MINSHENG_BENCH_POSTGRES (benchmarks/run.sh does) to a connection string of an empty database.");
        _postgres = new PostgresMinshengDb(new DbContextOptionsBuilder<PostgresMinshengDb>().UseNpgsql(connection).Options);
        _postgresPlanId = Store(_postgres);
    }

    private int Store(MinshengDb db)
    {
        db.Database.EnsureDeleted();
        db.Database.Migrate();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var stored = PlanImport.ImportAsync(db, SyntheticProgramme.Build(EveryDistrictReports), "benchmark", DateTimeOffset.UtcNow).GetAwaiter().GetResult();
        return stored.Id;
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        _sqlite?.Database.EnsureDeleted();
        _sqlite?.Dispose();
        _postgres?.Database.EnsureDeleted();
        _postgres?.Dispose();
    }

    [Benchmark]
    public Summary SummaryFromMemory() => ProgressEngine.Summarize(_plan, AsOf);

    [Benchmark]
    public async Task<Summary> LoadAndSummarizeFromSqlite() =>
        ProgressEngine.Summarize((await PlanLoader.LoadAsync(_sqlite!, _sqlitePlanId))!, AsOf);

    [Benchmark]
    public async Task<Summary> LoadAndSummarizeFromPostgres() =>
        ProgressEngine.Summarize((await PlanLoader.LoadAsync(_postgres!, _postgresPlanId))!, AsOf);
}
