using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Data.Configurations;

internal sealed class AsSetConfiguration : IEntityTypeConfiguration<AsSet>
{
    public void Configure(EntityTypeBuilder<AsSet> b)
    {
        b.ConfigureBase();
        b.Property(a => a.Name).HasMaxLength(200).IsRequired();
        b.Property(a => a.Source).HasMaxLength(32);
        b.HasIndex(a => new { a.Name, a.Source }).IsUnique();
    }
}
