using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Data.Configurations;

internal sealed class PeerGroupConfiguration : IEntityTypeConfiguration<PeerGroup>
{
    public void Configure(EntityTypeBuilder<PeerGroup> b)
    {
        b.ConfigureBase();
        b.Property(g => g.Name).HasMaxLength(64).IsRequired();
        b.HasIndex(g => new { g.RouterId, g.Name }).IsUnique();
    }
}
