using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Minsheng.Data;

internal sealed class PhotoConfiguration : IEntityTypeConfiguration<StoredPhoto>
{
    public void Configure(EntityTypeBuilder<StoredPhoto> photo)
    {
        photo.ToTable("photos");
        photo.HasIndex(p => new { p.PlanId, p.ProjectId });
        // One photo on show per file and project, even when the same file is uploaded twice at the same instant.
        photo.HasIndex(p => new { p.ProjectId, p.UploadHash }).IsUnique().HasFilter("\"RemovedAt\" IS NULL");
        photo.Property(p => p.Caption).HasMaxLength(200);
        photo.Property(p => p.UploadHash).HasMaxLength(64);
        photo.Property(p => p.UploadedBy).HasMaxLength(200);
        photo.Property(p => p.RemovedBy).HasMaxLength(200);
        photo.HasOne<StoredPlan>().WithMany().HasForeignKey(p => p.PlanId).OnDelete(DeleteBehavior.NoAction);
        photo.HasOne<StoredProject>().WithMany().HasForeignKey(p => p.ProjectId);
        photo.HasOne<StoredSite>().WithMany().HasForeignKey(p => p.SiteId).OnDelete(DeleteBehavior.SetNull);
        photo.HasOne(p => p.Image).WithOne().HasForeignKey<StoredPhotoImage>(i => i.PhotoId);
    }
}

internal sealed class PhotoImageConfiguration : IEntityTypeConfiguration<StoredPhotoImage>
{
    public void Configure(EntityTypeBuilder<StoredPhotoImage> image)
    {
        image.ToTable("photo_images");
        image.HasKey(i => i.PhotoId);
        image.Property(i => i.Full).Metadata.SetMaxLength(null);
        image.Property(i => i.Small).Metadata.SetMaxLength(null);
    }
}
