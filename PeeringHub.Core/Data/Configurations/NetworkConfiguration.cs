using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Data.Configurations;

internal sealed class NetworkConfiguration : IEntityTypeConfiguration<Network>
{
    public void Configure(EntityTypeBuilder<Network> b)
    {
        b.ConfigureBase();
        b.ToTable(t => t.HasCheckConstraint("CK_Networks_Asn", EntityBaseConventions.AsnCheck(nameof(Network.Asn))));
        b.HasIndex(n => n.Asn).IsUnique();
        b.Property(n => n.Name).HasMaxLength(200).IsRequired();
        b.Property(n => n.IrrAsSet).HasMaxLength(200);
    }
}
