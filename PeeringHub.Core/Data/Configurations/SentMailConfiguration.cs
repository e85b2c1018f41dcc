using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Data.Configurations;

internal sealed class SentMailConfiguration : IEntityTypeConfiguration<SentMail>
{
    public void Configure(EntityTypeBuilder<SentMail> b)
    {
        b.Property(m => m.Purpose).HasConversion<string>().HasMaxLength(32);
        b.Property(m => m.SentBy).HasMaxLength(256);
        b.Property(m => m.To).HasMaxLength(2000);
        b.Property(m => m.Cc).HasMaxLength(2000);
        b.Property(m => m.Subject).HasMaxLength(998);
        b.HasOne(m => m.FromNetwork).WithMany().HasForeignKey(m => m.FromNetworkId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(m => m.PeerNetwork).WithMany().HasForeignKey(m => m.PeerNetworkId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(m => m.Session).WithMany().HasForeignKey(m => m.SessionId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(m => new { m.PeerNetworkId, m.SentAt });
        b.HasIndex(m => new { m.SessionId, m.SentAt });
    }
}
