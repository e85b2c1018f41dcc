using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Audit;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Reference.PeeringDb;

namespace PeeringHub.Core.Data;

/// <summary>The PeeringHub database: domain objects, Identity, audit. Saves stamp versions and write the audit trail.</summary>
public class PeeringHubDbContext(DbContextOptions<PeeringHubDbContext> options, ICurrentActor? actor = null, Sessions.SessionCatalogFeed? catalog = null,
    Inventory.LanMembershipFeed? membership = null)
    : IdentityDbContext<AppUser>(options)
{
    public DbSet<Network> Networks => Set<Network>();
    public DbSet<Exchange> Exchanges => Set<Exchange>();
    public DbSet<PeeringLan> PeeringLans => Set<PeeringLan>();
    public DbSet<Member> Members => Set<Member>();
    public DbSet<Router> Routers => Set<Router>();
    public DbSet<PeerGroup> PeerGroups => Set<PeerGroup>();
    public DbSet<BgpSession> Sessions => Set<BgpSession>();
    public DbSet<SessionStateChange> SessionStateChanges => Set<SessionStateChange>();
    public DbSet<AsSet> AsSets => Set<AsSet>();
    public DbSet<PeeringRelation> PeeringRelations => Set<PeeringRelation>();
    public DbSet<PeeringRequest> PeeringRequests => Set<PeeringRequest>();
    public DbSet<SentMail> SentMails => Set<SentMail>();
    public DbSet<DetectedSession> DetectedSessions => Set<DetectedSession>();
    public DbSet<PeeringManagerSettings> PeeringManagerSettings => Set<PeeringManagerSettings>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    // PeeringDB mirror (Reference/PeeringDb); tables Pdb_<endpoint>.
    public DbSet<PdbOrg> PdbOrgs => Set<PdbOrg>();
    public DbSet<PdbNet> PdbNets => Set<PdbNet>();
    public DbSet<PdbIx> PdbIxs => Set<PdbIx>();
    public DbSet<PdbIxLan> PdbIxLans => Set<PdbIxLan>();
    public DbSet<PdbIxPfx> PdbIxPfxs => Set<PdbIxPfx>();
    public DbSet<PdbNetIxLan> PdbNetIxLans => Set<PdbNetIxLan>();
    public DbSet<PdbPoc> PdbPocs => Set<PdbPoc>();
    public DbSet<PdbFac> PdbFacs => Set<PdbFac>();
    public DbSet<PdbNetFac> PdbNetFacs => Set<PdbNetFac>();
    public DbSet<PdbSyncState> PdbSyncStates => Set<PdbSyncState>();

    /// <summary>Who is saving; recorded in UpdatedBy and in the audit trail.</summary>
    public string ActorName => actor?.Name ?? FixedActor.System.Name;

    /// <summary>Set false for bulk writes whose history lives elsewhere (e.g. observed session state).</summary>
    public bool AuditEnabled { get; set; } = true;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PeeringHubDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var catalogChanged = Core.Sessions.BoardRowSources.Touch(ChangeTracker);
        var membershipChanged = membership is not null && ChangeTracker.Entries()
            .Any(e => e.Entity is Member or PeeringLan && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
        var pending = AuditRecorder.Prepare(this, DateTime.UtcNow);
        if (pending.Count == 0)
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (catalogChanged && Database.CurrentTransaction is null) catalog?.Publish();
            if (membershipChanged) membership!.Publish();
            return saved;
        }

        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            AuditEntries.AddRange(pending.Select(p => p.Complete()));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
            // Only once committed: an open board reloads and must see the new rows.
            if (catalogChanged && Database.CurrentTransaction is null) catalog?.Publish();
            // also inside an outer transaction: listeners reload at once and again on their own timer
            if (membershipChanged) membership!.Publish();
            return count;
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }
}
