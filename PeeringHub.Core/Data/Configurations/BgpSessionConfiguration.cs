using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Data.Configurations;

internal sealed class BgpSessionConfiguration : IEntityTypeConfiguration<BgpSession>
{
    public void Configure(EntityTypeBuilder<BgpSession> b)
    {
        b.ConfigureBase();
        b.ToTable("Sessions", t =>
        {
            t.HasCheckConstraint("CK_Sessions_PeerAsn", EntityBaseConventions.AsnCheck(nameof(BgpSession.PeerAsn)));
            t.HasCheckConstraint("CK_Sessions_LocalAsn", $"\"LocalAsn\" IS NULL OR {EntityBaseConventions.AsnCheck(nameof(BgpSession.LocalAsn))}");
            t.HasCheckConstraint("CK_Sessions_Family",
                $"(\"AddressFamily\" = 4 AND {EntityBaseConventions.IsV4("PeerIp")}) OR (\"AddressFamily\" = 6 AND {EntityBaseConventions.IsV6("PeerIp")})");
        });
        b.Property(s => s.PeerIp).HasMaxLength(45).IsRequired();
        b.HasIndex(s => new { s.RouterId, s.PeerIp }).IsUnique();
        b.HasIndex(s => s.State);
        b.HasOne(s => s.Router).WithMany().HasForeignKey(s => s.RouterId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.PeeringLan).WithMany().HasForeignKey(s => s.PeeringLanId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.PeerGroup).WithMany().HasForeignKey(s => s.PeerGroupId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(s => s.PeerNetwork).WithMany().HasForeignKey(s => s.PeerNetworkId).OnDelete(DeleteBehavior.SetNull);
        b.Property(s => s.Description).HasMaxLength(200);
        b.Property(s => s.AsSetName).HasMaxLength(200);
    }
}
