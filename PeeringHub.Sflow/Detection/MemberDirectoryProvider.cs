using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PeeringHub.Core.Data;
using PeeringHub.Sflow.Decoding;

namespace PeeringHub.Sflow.Detection;

/// <summary>
/// Holds the current <see cref="MemberDirectory"/> and rebuilds it from the database: members on LANs with the
/// Peering Matrix flag. Call <see cref="RefreshAsync"/> after members change; the collector also refreshes periodically.
/// </summary>
public sealed class MemberDirectoryProvider(IServiceScopeFactory scopes, ILogger<MemberDirectoryProvider> logger)
{
    volatile MemberDirectory _current = MemberDirectory.Empty;

    public MemberDirectory Current => _current;

    public async Task<MemberDirectory> RefreshAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
        var lans = await db.PeeringLans.AsNoTracking().Where(l => l.PeeringMatrixEnabled)
            .Select(l => new { l.Id, l.VlanId }).ToListAsync(ct);
        var lanIds = lans.Select(l => l.Id).ToList();
        var members = await db.Members.AsNoTracking().Where(m => lanIds.Contains(m.PeeringLanId))
            .Select(m => new { m.Id, m.NetworkId, m.PeeringLanId, m.Ipv4Address, m.Ipv6Address }).ToListAsync(ct);
        var map = new Dictionary<IpAddressKey, MemberEndpoint>();
        foreach (var m in members)
            foreach (var text in new[] { m.Ipv4Address, m.Ipv6Address })
            {
                if (string.IsNullOrWhiteSpace(text)) continue;
                // tolerate "address/len" as some imports write the interface form
                var bare = text.Split('/')[0].Trim();
                if (!IPAddress.TryParse(bare, out var ip))
                {
                    logger.LogWarning("Member {MemberId} has an unparsable address {Address}; ignored for sFlow detection", m.Id, text);
                    continue;
                }
                map[IpAddressKey.From(ip)] = new MemberEndpoint(m.PeeringLanId, m.Id, m.NetworkId);
            }
        var vlans = lans.Where(l => l.VlanId is >= 0 and <= 4095)
            .Select(l => KeyValuePair.Create(l.Id, (ushort)l.VlanId!.Value));
        var directory = new MemberDirectory(map, vlans);
        _current = directory;
        logger.LogInformation("sFlow member directory: {Addresses} addresses on {Lans} matrix LANs", directory.Count, lans.Count);
        return directory;
    }
}
