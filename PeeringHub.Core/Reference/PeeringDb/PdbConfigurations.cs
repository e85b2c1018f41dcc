using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PeeringHub.Core.Reference.PeeringDb;

// Mirror tables carry no foreign keys on purpose: PeeringDB references objects we may not see (hidden orgs,
// objects deleted out of order between incremental pulls), and one broken reference must not abort a sync.

internal static class PdbConfigurationExtensions
{
    public static void ConfigurePdb<T>(this EntityTypeBuilder<T> b, string endpoint) where T : PdbObject
    {
        b.ToTable("Pdb_" + endpoint);
        b.HasKey(o => o.Id);
        b.Property(o => o.Id).ValueGeneratedNever();
        b.Property(o => o.Status).HasMaxLength(16);
    }
}

internal sealed class PdbOrgConfiguration : IEntityTypeConfiguration<PdbOrg>
{
    public void Configure(EntityTypeBuilder<PdbOrg> b) => b.ConfigurePdb("org");
}

internal sealed class PdbNetConfiguration : IEntityTypeConfiguration<PdbNet>
{
    public void Configure(EntityTypeBuilder<PdbNet> b)
    {
        b.ConfigurePdb("net");
        b.HasIndex(n => n.Asn);
    }
}

internal sealed class PdbIxConfiguration : IEntityTypeConfiguration<PdbIx>
{
    public void Configure(EntityTypeBuilder<PdbIx> b) => b.ConfigurePdb("ix");
}

internal sealed class PdbIxLanConfiguration : IEntityTypeConfiguration<PdbIxLan>
{
    public void Configure(EntityTypeBuilder<PdbIxLan> b)
    {
        b.ConfigurePdb("ixlan");
        b.HasIndex(l => l.IxId);
    }
}

internal sealed class PdbIxPfxConfiguration : IEntityTypeConfiguration<PdbIxPfx>
{
    public void Configure(EntityTypeBuilder<PdbIxPfx> b)
    {
        b.ConfigurePdb("ixpfx");
        b.HasIndex(p => p.IxLanId);
    }
}

internal sealed class PdbNetIxLanConfiguration : IEntityTypeConfiguration<PdbNetIxLan>
{
    public void Configure(EntityTypeBuilder<PdbNetIxLan> b)
    {
        b.ConfigurePdb("netixlan");
        b.HasIndex(n => n.NetId);
        b.HasIndex(n => n.IxLanId);
    }
}

internal sealed class PdbPocConfiguration : IEntityTypeConfiguration<PdbPoc>
{
    public void Configure(EntityTypeBuilder<PdbPoc> b)
    {
        b.ConfigurePdb("poc");
        b.HasIndex(p => p.NetId);
    }
}

internal sealed class PdbFacConfiguration : IEntityTypeConfiguration<PdbFac>
{
    public void Configure(EntityTypeBuilder<PdbFac> b) => b.ConfigurePdb("fac");
}

internal sealed class PdbNetFacConfiguration : IEntityTypeConfiguration<PdbNetFac>
{
    public void Configure(EntityTypeBuilder<PdbNetFac> b)
    {
        b.ConfigurePdb("netfac");
        b.HasIndex(n => n.NetId);
    }
}

internal sealed class PdbSyncStateConfiguration : IEntityTypeConfiguration<PdbSyncState>
{
    public void Configure(EntityTypeBuilder<PdbSyncState> b)
    {
        b.ToTable("Pdb_SyncState");
        b.HasKey(s => s.Endpoint);
        b.Property(s => s.Endpoint).HasMaxLength(16);
    }
}
