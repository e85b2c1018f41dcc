using PeeringHub.Core.Domain;
using PeeringHub.Core.PeeringManager;

namespace PeeringHub.App.Api.PeeringManager;

/// <summary>GET /api/peering-manager: the viewing network and LAN with the four tabs.</summary>
public sealed record PeeringManagerDto(int NetworkId, long Asn, int? LanId, string? Lan, bool NotAMember, IReadOnlyDictionary<string, List<PeeringRowDto>> Tabs)
{
    public static PeeringManagerDto From(PeeringManagerView v) => new(
        v.Network!.Id, v.Network.Asn, v.Lan?.Id, v.Lan?.Name, v.NotAMember,
        Enum.GetValues<PeeringTab>().ToDictionary(t => t.ToString(), t => v.InTab(t).Select(PeeringRowDto.From).ToList()));
}
