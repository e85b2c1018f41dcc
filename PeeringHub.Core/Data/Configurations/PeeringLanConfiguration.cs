using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Data.Configurations;

internal sealed class PeeringLanConfiguration : IEntityTypeConfiguration<PeeringLan>
{
    public void Configure(EntityTypeBuilder<PeeringLan> b)
    {
        b.ConfigureBase();
        b.Property(l => l.Name).HasMaxLength(200).IsRequired();
        b.HasIndex(l => new { l.ExchangeId, l.Name }).IsUnique();
        b.Property(l => l.VlanMode).HasConversion<string>().HasMaxLength(16);
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_PeeringLans_Ipv4Prefix", $"\"Ipv4Prefix\" IS NULL OR ({EntityBaseConventions.IsV4("Ipv4Prefix")} AND instr(\"Ipv4Prefix\", '/') > 0)");
            t.HasCheckConstraint("CK_PeeringLans_Ipv6Prefix", $"\"Ipv6Prefix\" IS NULL OR ({EntityBaseConventions.IsV6("Ipv6Prefix")} AND instr(\"Ipv6Prefix\", '/') > 0)");
            t.HasCheckConstraint("CK_PeeringLans_VlanId", "\"VlanId\" IS NULL OR \"VlanId\" BETWEEN 1 AND 4094");
        });
        b.HasMany(l => l.Members).WithOne(m => m.PeeringLan!).HasForeignKey(m => m.PeeringLanId).OnDelete(DeleteBehavior.Cascade);
    }
}
