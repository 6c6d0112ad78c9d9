using Microsoft.EntityFrameworkCore;

namespace Minsheng.Data;

public class MinshengDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<StoredPlan> Plans => Set<StoredPlan>();
    public DbSet<StoredCategory> Categories => Set<StoredCategory>();
    public DbSet<StoredUnit> Units => Set<StoredUnit>();
    public DbSet<StoredDistrict> Districts => Set<StoredDistrict>();
    public DbSet<StoredProject> Projects => Set<StoredProject>();
    public DbSet<StoredProjectUnit> ProjectUnits => Set<StoredProjectUnit>();
    public DbSet<StoredProjectDistrict> ProjectDistricts => Set<StoredProjectDistrict>();
    public DbSet<StoredIndicator> Indicators => Set<StoredIndicator>();
    public DbSet<StoredNode> Nodes => Set<StoredNode>();
    public DbSet<StoredDistrictTarget> DistrictTargets => Set<StoredDistrictTarget>();
    public DbSet<StoredIndicatorReport> IndicatorReports => Set<StoredIndicatorReport>();
    public DbSet<StoredProjectReport> ProjectReports => Set<StoredProjectReport>();
    public DbSet<StoredProblem> Problems => Set<StoredProblem>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MinshengDb).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Money in yuan up to trillions, and fractional figures such as 23.4 km.
        configurationBuilder.Properties<decimal>().HavePrecision(24, 6);
        configurationBuilder.Properties<string>().HaveMaxLength(4000);
    }
}
