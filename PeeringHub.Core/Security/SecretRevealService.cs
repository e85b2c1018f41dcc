using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Security;

/// <summary>Shows a stored secret in clear to an authorised user, leaving an audit entry that it was revealed.</summary>
public sealed class SecretRevealService(PeeringHubDbContext db, ISecretProtector secrets, TimeProvider clock)
{
    public async Task<string?> RevealRouterKeyAsync(int routerId, CancellationToken ct = default)
    {
        var router = await db.Routers.FindAsync([routerId], ct);
        if (router?.SshPrivateKeyProtected is null) return null;
        await RecordAsync(nameof(Router), router.Id, router.Name, nameof(Router.SshPrivateKeyProtected), ct);
        return secrets.Unprotect(router.SshPrivateKeyProtected);
    }

    public async Task<string?> RevealSessionPasswordAsync(int sessionId, CancellationToken ct = default)
    {
        var session = await db.Sessions.FindAsync([sessionId], ct);
        if (session?.Md5PasswordProtected is null) return null;
        await RecordAsync(nameof(BgpSession), session.Id, $"AS{session.PeerAsn} {session.PeerIp}", nameof(BgpSession.Md5PasswordProtected), ct);
        return secrets.Unprotect(session.Md5PasswordProtected);
    }

    async Task RecordAsync(string type, int id, string name, string field, CancellationToken ct)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime, User = db.ActorName, Action = "RevealSecret", ObjectType = type, ObjectId = id.ToString(),
            ObjectName = name, After = $"{{\"Field\":\"{field}\"}}",
        });
        await db.SaveChangesAsync(ct);
    }
}
