using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Minsheng.Data;

internal sealed class SuggestionCallConfiguration : IEntityTypeConfiguration<StoredSuggestionCall>
{
    public void Configure(EntityTypeBuilder<StoredSuggestionCall> call)
    {
        call.ToTable("suggestion_calls");
        call.HasIndex(c => new { c.Region, c.Year }).IsUnique();
        call.Property(c => c.Region).HasMaxLength(100);
        call.Property(c => c.SetBy).HasMaxLength(256);
    }
}

internal sealed class SuggestionConfiguration : IEntityTypeConfiguration<StoredSuggestion>
{
    public void Configure(EntityTypeBuilder<StoredSuggestion> suggestion)
    {
        suggestion.ToTable("suggestions");
        suggestion.HasIndex(s => s.CallId);
        suggestion.HasIndex(s => s.Phone);
        suggestion.Property(s => s.Channel).HasConversion<string>().HasMaxLength(20);
        suggestion.Property(s => s.Need).HasMaxLength(100);
        suggestion.Property(s => s.Place).HasMaxLength(200);
        suggestion.Property(s => s.Content).HasMaxLength(2000);
        suggestion.Property(s => s.Category).HasMaxLength(50);
        suggestion.Property(s => s.Phone).HasMaxLength(20);
        suggestion.Property(s => s.Author).HasMaxLength(100);
        suggestion.Property(s => s.EnteredBy).HasMaxLength(256);
        suggestion.Property(s => s.ClientAddress).HasMaxLength(64);
        suggestion.HasOne<StoredSuggestionCall>().WithMany().HasForeignKey(s => s.CallId);
    }
}
