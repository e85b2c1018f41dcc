using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Sessions;

/// <summary>
/// Whether a save changes what a session board row shows. Observed state is written with ExecuteUpdate and reaches boards
/// through <see cref="SessionStateFeed"/>; a tracked save of a session is an edit. Of the other entities only the fields a
/// row shows count, so a poll stamping a router or a PeeringDB refresh of a network's contacts reloads nothing.
/// </summary>
public static class BoardRowSources
{
    public static bool Touch(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Deleted or EntityState.Modified)) continue;
            if (entry.Entity is BgpSession) return true;
            if (entry.State == EntityState.Added) continue; // nothing shows a router, network or exchange before a session uses it
            var shown = entry.Entity switch
            {
                Router => ShownOf(entry, nameof(Router.Name), nameof(Router.Platform)),
                Network => ShownOf(entry, nameof(Network.Name)),
                Exchange => ShownOf(entry, nameof(Exchange.Name)),
                PeeringLan => ShownOf(entry, nameof(PeeringLan.ExchangeId)),
                PeerGroup => ShownOf(entry, nameof(PeerGroup.Name)),
                _ => false,
            };
            if (shown) return true;
        }
        return false;
    }

    static bool ShownOf(EntityEntry entry, params string[] properties) =>
        entry.State == EntityState.Deleted || properties.Any(p => entry.Property(p).IsModified);
}
