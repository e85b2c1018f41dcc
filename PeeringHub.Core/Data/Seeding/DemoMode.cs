using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;

namespace PeeringHub.Core.Data.Seeding;

/// <summary>
/// Whether this install runs the demo: <c>PeeringHub:SeedDemo</c> is on and the database holds the seeded demo. Set once by
/// <see cref="DatabaseInitializer"/> before any background service starts; the demo's live parts (IRR source, sFlow sender)
/// read it and stay off on a real install, even one that left SeedDemo at its default.
/// </summary>
public sealed class DemoMode
{
    /// <summary>Our demo network as <see cref="DemoSeeder"/> creates it; its presence marks a demo database.</summary>
    public const long DemoAsn = 64496;
    public const string DemoNotes = "Demo data";

    public bool IsOn { get; private set; }

    internal void Set(bool on) => IsOn = on;

    public static Task<bool> IsDemoDatabaseAsync(PeeringHubDbContext db, CancellationToken ct = default) =>
        db.Networks.AnyAsync(n => n.IsOurs && n.Asn == DemoAsn && n.Notes == DemoNotes, ct);
}
