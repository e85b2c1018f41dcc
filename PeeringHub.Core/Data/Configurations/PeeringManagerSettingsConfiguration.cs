using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Data.Configurations;

internal sealed class PeeringManagerSettingsConfiguration : IEntityTypeConfiguration<PeeringManagerSettings>
{
    public void Configure(EntityTypeBuilder<PeeringManagerSettings> b)
    {
        b.ConfigureBase();
        b.Property(s => s.Id).ValueGeneratedNever();
        b.ToTable(t => t.HasCheckConstraint("CK_PeeringManagerSettings_Single", "\"Id\" = 1"));
    }
}
