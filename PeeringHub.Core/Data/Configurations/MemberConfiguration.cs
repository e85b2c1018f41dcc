using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Data.Configurations;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> b)
    {
        b.ConfigureBase();
        b.HasOne(m => m.Network).WithMany(n => n.Memberships).HasForeignKey(m => m.NetworkId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => new { m.PeeringLanId, m.Ipv4Address }).IsUnique();
        b.HasIndex(m => new { m.PeeringLanId, m.Ipv6Address }).IsUnique();
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Members_Ipv4", $"\"Ipv4Address\" IS NULL OR {EntityBaseConventions.IsV4("Ipv4Address")}");
            t.HasCheckConstraint("CK_Members_Ipv6", $"\"Ipv6Address\" IS NULL OR {EntityBaseConventions.IsV6("Ipv6Address")}");
            t.HasCheckConstraint("CK_Members_HasAddress", "\"Ipv4Address\" IS NOT NULL OR \"Ipv6Address\" IS NOT NULL");
        });
    }
}
