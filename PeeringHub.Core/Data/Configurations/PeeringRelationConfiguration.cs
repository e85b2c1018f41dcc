using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Data.Configurations;

internal sealed class PeeringRelationConfiguration : IEntityTypeConfiguration<PeeringRelation>
{
    public void Configure(EntityTypeBuilder<PeeringRelation> b)
    {
        b.ConfigureBase();
        b.HasIndex(r => new { r.ViewingNetworkId, r.PeerNetworkId, r.PeeringLanId }).IsUnique();
        b.HasOne(r => r.ViewingNetwork).WithMany().HasForeignKey(r => r.ViewingNetworkId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.PeerNetwork).WithMany().HasForeignKey(r => r.PeerNetworkId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.PeeringLan).WithMany().HasForeignKey(r => r.PeeringLanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Requests).WithOne(q => q.PeeringRelation!).HasForeignKey(q => q.PeeringRelationId).OnDelete(DeleteBehavior.Cascade);
        b.ToTable(t => t.HasCheckConstraint("CK_PeeringRelations_NotSelf", "\"ViewingNetworkId\" <> \"PeerNetworkId\""));
    }
}
