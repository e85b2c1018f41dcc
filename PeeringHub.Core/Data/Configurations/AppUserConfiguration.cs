using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Data.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.HasOne(u => u.Network).WithMany().HasForeignKey(u => u.NetworkId).OnDelete(DeleteBehavior.SetNull);
        b.Property(u => u.Theme).HasMaxLength(16);
    }
}
