using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Minsheng.Data;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<StoredPlan>
{
    public void Configure(EntityTypeBuilder<StoredPlan> plan)
    {
        plan.ToTable("plans");
        plan.HasIndex(p => new { p.Region, p.Year }).IsUnique();
        plan.Property(p => p.Region).HasMaxLength(100);
        plan.Property(p => p.Title).HasMaxLength(300);
        plan.Property(p => p.Curve).HasConversion<string>().HasMaxLength(20);
        plan.Property(p => p.Escalation).HasMaxLength(200);
        plan.HasMany(p => p.Categories).WithOne().HasForeignKey(c => c.PlanId);
        plan.HasMany(p => p.Units).WithOne().HasForeignKey(u => u.PlanId);
        plan.HasMany(p => p.Districts).WithOne().HasForeignKey(d => d.PlanId);
    }
}

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<StoredCategory>
{
    public void Configure(EntityTypeBuilder<StoredCategory> category)
    {
        category.ToTable("categories");
        category.HasIndex(c => new { c.PlanId, c.Code }).IsUnique();
        category.Property(c => c.Code).HasMaxLength(50);
        category.Property(c => c.Name).HasMaxLength(200);
        category.HasMany(c => c.Projects).WithOne().HasForeignKey(p => p.CategoryId);
    }
}

internal sealed class UnitConfiguration : IEntityTypeConfiguration<StoredUnit>
{
    public void Configure(EntityTypeBuilder<StoredUnit> unit)
    {
        unit.ToTable("units");
        unit.HasIndex(u => new { u.PlanId, u.Name }).IsUnique();
        unit.Property(u => u.Name).HasMaxLength(200);
    }
}

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<StoredDistrict>
{
    public void Configure(EntityTypeBuilder<StoredDistrict> district)
    {
        district.ToTable("districts");
        district.HasIndex(d => new { d.PlanId, d.Name }).IsUnique();
        district.Property(d => d.Name).HasMaxLength(100);
    }
}

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<StoredProject>
{
    public void Configure(EntityTypeBuilder<StoredProject> project)
    {
        project.ToTable("projects");
        project.HasIndex(p => new { p.PlanId, p.Code }).IsUnique();
        project.Property(p => p.Code).HasMaxLength(50);
        project.Property(p => p.Name).HasMaxLength(300);
        project.Property(p => p.Content).HasMaxLength(20000);
        project.Property(p => p.Address).HasMaxLength(300);
        project.HasOne(p => p.Plan).WithMany().HasForeignKey(p => p.PlanId).OnDelete(DeleteBehavior.NoAction);
        project.HasOne(p => p.LeadUnit).WithMany().HasForeignKey(p => p.LeadUnitId).OnDelete(DeleteBehavior.Restrict);
        project.HasMany(p => p.Units).WithOne().HasForeignKey(u => u.ProjectId);
        project.HasMany(p => p.Districts).WithOne().HasForeignKey(d => d.ProjectId);
        project.HasMany(p => p.Indicators).WithOne().HasForeignKey(i => i.ProjectId);
    }
}

internal sealed class ProjectUnitConfiguration : IEntityTypeConfiguration<StoredProjectUnit>
{
    public void Configure(EntityTypeBuilder<StoredProjectUnit> projectUnit)
    {
        projectUnit.ToTable("project_units");
        projectUnit.HasKey(u => new { u.ProjectId, u.UnitId });
        projectUnit.HasOne(u => u.Unit).WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProjectDistrictConfiguration : IEntityTypeConfiguration<StoredProjectDistrict>
{
    public void Configure(EntityTypeBuilder<StoredProjectDistrict> projectDistrict)
    {
        projectDistrict.ToTable("project_districts");
        projectDistrict.HasKey(d => new { d.ProjectId, d.DistrictId });
        projectDistrict.HasOne(d => d.District).WithMany().HasForeignKey(d => d.DistrictId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<StoredIndicator>
{
    public void Configure(EntityTypeBuilder<StoredIndicator> indicator)
    {
        indicator.ToTable("indicators");
        indicator.HasIndex(i => new { i.PlanId, i.Code }).IsUnique();
        indicator.Property(i => i.Code).HasMaxLength(50);
        indicator.Property(i => i.Name).HasMaxLength(300);
        indicator.Property(i => i.Unit).HasMaxLength(50);
        indicator.Property(i => i.Of).HasMaxLength(50);
        indicator.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        indicator.Property(i => i.Direction).HasConversion<string>().HasMaxLength(10);
        indicator.Property(i => i.Curve).HasConversion<string>().HasMaxLength(20);
        indicator.HasOne(i => i.Plan).WithMany().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.NoAction);
        indicator.HasMany(i => i.Nodes).WithOne().HasForeignKey(n => n.IndicatorId);
        indicator.HasMany(i => i.DistrictTargets).WithOne().HasForeignKey(t => t.IndicatorId);
    }
}

internal sealed class NodeConfiguration : IEntityTypeConfiguration<StoredNode>
{
    public void Configure(EntityTypeBuilder<StoredNode> node)
    {
        node.ToTable("indicator_nodes");
        node.HasKey(n => new { n.IndicatorId, n.Month });
    }
}

internal sealed class DistrictTargetConfiguration : IEntityTypeConfiguration<StoredDistrictTarget>
{
    public void Configure(EntityTypeBuilder<StoredDistrictTarget> target)
    {
        target.ToTable("indicator_district_targets");
        target.HasKey(t => new { t.IndicatorId, t.DistrictId });
        target.HasOne(t => t.District).WithMany().HasForeignKey(t => t.DistrictId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IndicatorReportConfiguration : IEntityTypeConfiguration<StoredIndicatorReport>
{
    public void Configure(EntityTypeBuilder<StoredIndicatorReport> report)
    {
        report.ToTable("indicator_reports");
        report.HasIndex(r => new { r.IndicatorId, r.Year, r.Month });
        report.HasIndex(r => r.PlanId);
        report.HasOne<StoredPlan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.NoAction);
        report.Property(r => r.SubmittedBy).HasMaxLength(200);
        report.HasOne<StoredIndicator>().WithMany().HasForeignKey(r => r.IndicatorId);
        report.HasOne(r => r.Submission).WithMany().HasForeignKey(r => r.SubmissionId).OnDelete(DeleteBehavior.Restrict);
        report.HasOne<StoredDistrict>().WithMany().HasForeignKey(r => r.DistrictId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProjectReportConfiguration : IEntityTypeConfiguration<StoredProjectReport>
{
    public void Configure(EntityTypeBuilder<StoredProjectReport> report)
    {
        report.ToTable("project_reports");
        report.HasIndex(r => new { r.ProjectId, r.Year, r.Month });
        report.HasIndex(r => r.PlanId);
        report.HasOne<StoredPlan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.NoAction);
        report.Property(r => r.SubmittedBy).HasMaxLength(200);
        report.HasOne<StoredProject>().WithMany().HasForeignKey(r => r.ProjectId);
        report.HasOne(r => r.Submission).WithMany().HasForeignKey(r => r.SubmissionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProblemConfiguration : IEntityTypeConfiguration<StoredProblem>
{
    public void Configure(EntityTypeBuilder<StoredProblem> problem)
    {
        problem.ToTable("problems");
        problem.HasIndex(p => p.ProjectId);
        problem.Property(p => p.Type).HasConversion<string>().HasMaxLength(30);
        problem.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        problem.Property(p => p.Owner).HasMaxLength(200);
        problem.HasOne<StoredProject>().WithMany().HasForeignKey(p => p.ProjectId);
    }
}
