using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Minsheng.Data;

internal sealed class SignInFailureConfiguration : IEntityTypeConfiguration<SignInFailure>
{
    public void Configure(EntityTypeBuilder<SignInFailure> failure)
    {
        failure.ToTable("sign_in_failures");
        failure.HasIndex(f => new { f.UserName, f.ClientAddress });
        failure.Property(f => f.UserName).HasMaxLength(SignInFailure.UserNameLength);
        // An IPv6 address with its zone fits in 64.
        failure.Property(f => f.ClientAddress).HasMaxLength(64);
        failure.Property(f => f.Reason).HasConversion<string>().HasMaxLength(20);
    }
}
