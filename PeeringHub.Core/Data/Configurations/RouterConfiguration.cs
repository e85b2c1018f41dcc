using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Data.Configurations;

internal sealed class RouterConfiguration : IEntityTypeConfiguration<Router>
{
    public void Configure(EntityTypeBuilder<Router> b)
    {
        b.ConfigureBase();
        b.Property(r => r.Name).HasMaxLength(100).IsRequired();
        b.HasIndex(r => r.Name).IsUnique();
        b.Property(r => r.Platform).HasMaxLength(32).IsRequired();
        b.Property(r => r.Address).HasMaxLength(255).IsRequired();
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Routers_LocalAsn", EntityBaseConventions.AsnCheck(nameof(Router.LocalAsn)));
            t.HasCheckConstraint("CK_Routers_SshPort", "\"SshPort\" BETWEEN 1 AND 65535");
        });
        b.HasOne(r => r.Network).WithMany().HasForeignKey(r => r.NetworkId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(r => r.PeerGroups).WithOne(g => g.Router!).HasForeignKey(g => g.RouterId).OnDelete(DeleteBehavior.Cascade);
    }
}
