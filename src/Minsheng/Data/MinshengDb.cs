using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Minsheng.Accounts;

namespace Minsheng.Data;

/// <summary>One database for the programme and the accounts (ASP.NET Core Identity).</summary>
public class MinshengDb(DbContextOptions options) : IdentityDbContext<MinshengUser>(options)
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
    public DbSet<StoredSubmission> Submissions => Set<StoredSubmission>();
    public DbSet<StoredSubmissionEvent> SubmissionEvents => Set<StoredSubmissionEvent>();
    public DbSet<StoredPublication> Publications => Set<StoredPublication>();
    public DbSet<StoredEscalation> Escalations => Set<StoredEscalation>();
    public DbSet<StoredEscalationEvent> EscalationEvents => Set<StoredEscalationEvent>();
    public DbSet<StoredSite> Sites => Set<StoredSite>();
    public DbSet<StoredMapOutline> MapOutlines => Set<StoredMapOutline>();
    public DbSet<StoredFeedback> Feedback => Set<StoredFeedback>();
    public DbSet<StoredPhoneCode> PhoneCodes => Set<StoredPhoneCode>();
    public DbSet<StoredFollower> Followers => Set<StoredFollower>();
    public DbSet<StoredPhoto> Photos => Set<StoredPhoto>();
    public DbSet<StoredPhotoImage> PhotoImages => Set<StoredPhotoImage>();
    public DbSet<SignInFailure> SignInFailures => Set<SignInFailure>();
    public DbSet<StoredSuggestionCall> SuggestionCalls => Set<StoredSuggestionCall>();
    public DbSet<StoredSuggestion> Suggestions => Set<StoredSuggestion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MinshengDb).Assembly);
        modelBuilder.Entity<MinshengUser>().Property(u => u.Unit).HasMaxLength(200);
        modelBuilder.Entity<MinshengUser>().Property(u => u.DisplayName).HasMaxLength(100);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Money in yuan up to trillions, and fractional figures such as 23.4 km.
        configurationBuilder.Properties<decimal>().HavePrecision(24, 6);
        configurationBuilder.Properties<string>().HaveMaxLength(4000);
    }
}
