using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Data.Configurations;

internal sealed class DetectedSessionConfiguration : IEntityTypeConfiguration<DetectedSession>
{
    public void Configure(EntityTypeBuilder<DetectedSession> b)
    {
        b.HasIndex(d => new { d.PeeringLanId, d.AddressA, d.AddressB }).IsUnique();
        b.HasOne(d => d.PeeringLan).WithMany().HasForeignKey(d => d.PeeringLanId).OnDelete(DeleteBehavior.Cascade);
        b.ToTable(t => t.HasCheckConstraint("CK_DetectedSessions_Family", "\"AddressFamily\" IN (4, 6)"));
    }
}
