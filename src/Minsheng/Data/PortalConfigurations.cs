using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Minsheng.Data;

internal sealed class SiteConfiguration : IEntityTypeConfiguration<StoredSite>
{
    public void Configure(EntityTypeBuilder<StoredSite> site)
    {
        site.ToTable("sites");
        site.HasIndex(s => s.PlanId);
        site.HasIndex(s => s.ProjectId);
        site.Property(s => s.Name).HasMaxLength(300);
        site.Property(s => s.District).HasMaxLength(100);
        site.Property(s => s.Address).HasMaxLength(300);
        site.HasOne<StoredPlan>().WithMany().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.NoAction);
        site.HasOne<StoredProject>().WithMany().HasForeignKey(s => s.ProjectId);
    }
}

internal sealed class MapOutlineConfiguration : IEntityTypeConfiguration<StoredMapOutline>
{
    public void Configure(EntityTypeBuilder<StoredMapOutline> outline)
    {
        outline.ToTable("map_outlines");
        outline.HasKey(o => o.PlanId);
        // District outlines run to megabytes: no length limit.
        outline.Property(o => o.GeoJson).Metadata.SetMaxLength(null);
        outline.HasOne<StoredPlan>().WithOne().HasForeignKey<StoredMapOutline>(o => o.PlanId);
    }
}

internal sealed class FeedbackConfiguration : IEntityTypeConfiguration<StoredFeedback>
{
    public void Configure(EntityTypeBuilder<StoredFeedback> feedback)
    {
        feedback.ToTable("feedback");
        feedback.HasIndex(f => new { f.ProjectId, f.State });
        feedback.HasIndex(f => new { f.PlanId, f.State });
        feedback.HasIndex(f => f.Phone);
        feedback.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        feedback.Property(f => f.State).HasConversion<string>().HasMaxLength(20);
        feedback.Property(f => f.Text).HasMaxLength(2000);
        feedback.Property(f => f.Indicator).HasMaxLength(50);
        feedback.Property(f => f.Phone).HasMaxLength(20);
        feedback.Property(f => f.ClientAddress).HasMaxLength(64);
        feedback.Property(f => f.ModeratedBy).HasMaxLength(200);
        feedback.Property(f => f.Answer).HasMaxLength(2000);
        feedback.HasOne<StoredPlan>().WithMany().HasForeignKey(f => f.PlanId).OnDelete(DeleteBehavior.NoAction);
        feedback.HasOne<StoredProject>().WithMany().HasForeignKey(f => f.ProjectId);
        feedback.HasOne<StoredSite>().WithMany().HasForeignKey(f => f.SiteId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class PhoneCodeConfiguration : IEntityTypeConfiguration<StoredPhoneCode>
{
    public void Configure(EntityTypeBuilder<StoredPhoneCode> code)
    {
        code.ToTable("phone_verifications");
        code.HasKey(c => c.Phone);
        code.HasIndex(c => c.ClientAddress);
        code.Property(c => c.Phone).HasMaxLength(20);
        code.Property(c => c.CodeHash).HasMaxLength(100);
        code.Property(c => c.ClientAddress).HasMaxLength(64);
        // Times as ordered integers (all UTC), so that the conditional UPDATEs compare them in SQL on SQLite too.
        var binary = new DateTimeOffsetToBinaryConverter();
        code.Property(c => c.SentAt).HasConversion(binary);
        code.Property(c => c.ExpiresAt).HasConversion(binary);
        code.Property(c => c.WindowStartedAt).HasConversion(binary);
    }
}

internal sealed class FollowerConfiguration : IEntityTypeConfiguration<StoredFollower>
{
    public void Configure(EntityTypeBuilder<StoredFollower> follower)
    {
        follower.ToTable("followers");
        follower.HasIndex(f => new { f.ProjectId, f.Phone }).IsUnique();
        follower.Property(f => f.Phone).HasMaxLength(20);
        follower.HasOne<StoredProject>().WithMany().HasForeignKey(f => f.ProjectId);
    }
}
