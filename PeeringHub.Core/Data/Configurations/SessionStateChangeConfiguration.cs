using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Data.Configurations;

internal sealed class SessionStateChangeConfiguration : IEntityTypeConfiguration<SessionStateChange>
{
    public void Configure(EntityTypeBuilder<SessionStateChange> b)
    {
        b.HasIndex(c => new { c.SessionId, c.At });
        b.HasOne(c => c.Session).WithMany().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
