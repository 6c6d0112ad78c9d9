using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Minsheng.Data;

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<StoredSubmission>
{
    public void Configure(EntityTypeBuilder<StoredSubmission> submission)
    {
        submission.ToTable("submissions");
        submission.HasIndex(s => new { s.PlanId, s.Year, s.Month, s.Unit });
        submission.Property(s => s.Unit).HasMaxLength(200);
        submission.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
        submission.HasOne<StoredPlan>().WithMany().HasForeignKey(s => s.PlanId);
        submission.HasMany(s => s.Events).WithOne().HasForeignKey(e => e.SubmissionId);
    }
}

internal sealed class SubmissionEventConfiguration : IEntityTypeConfiguration<StoredSubmissionEvent>
{
    public void Configure(EntityTypeBuilder<StoredSubmissionEvent> step)
    {
        step.ToTable("submission_events");
        step.Property(e => e.Action).HasConversion<string>().HasMaxLength(20);
        step.Property(e => e.By).HasMaxLength(200);
    }
}

internal sealed class PublicationConfiguration : IEntityTypeConfiguration<StoredPublication>
{
    public void Configure(EntityTypeBuilder<StoredPublication> publication)
    {
        publication.ToTable("publications");
        publication.HasIndex(p => new { p.PlanId, p.Year, p.Month });
        publication.Property(p => p.PublishedBy).HasMaxLength(200);
        publication.Property(p => p.GapsReason).HasMaxLength(2000);
        publication.HasOne<StoredPlan>().WithMany().HasForeignKey(p => p.PlanId);
    }
}

internal sealed class EscalationConfiguration : IEntityTypeConfiguration<StoredEscalation>
{
    public void Configure(EntityTypeBuilder<StoredEscalation> escalation)
    {
        escalation.ToTable("escalations");
        escalation.HasIndex(e => new { e.PlanId, e.ProjectId });
        escalation.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        escalation.HasOne<StoredPlan>().WithMany().HasForeignKey(e => e.PlanId).OnDelete(DeleteBehavior.NoAction);
        escalation.HasOne<StoredProject>().WithMany().HasForeignKey(e => e.ProjectId);
        escalation.HasMany(e => e.Events).WithOne().HasForeignKey(e => e.EscalationId);
    }
}

internal sealed class EscalationEventConfiguration : IEntityTypeConfiguration<StoredEscalationEvent>
{
    public void Configure(EntityTypeBuilder<StoredEscalationEvent> step)
    {
        step.ToTable("escalation_events");
        step.Property(e => e.Action).HasConversion<string>().HasMaxLength(20);
        step.Property(e => e.By).HasMaxLength(200);
    }
}
