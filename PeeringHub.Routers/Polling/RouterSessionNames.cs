using PeeringHub.Core.Domain;

namespace PeeringHub.Routers.Polling;

/// <summary>The router's name for one of our sessions: what the poller learnt, else what our renderer would name it.</summary>
public static class RouterSessionNames
{
    public static string Of(Router router, BgpSession s) =>
        s.RouterSessionName ?? (RouterPlatform.Syntax(router.Platform) == RouterPlatform.Frr ? s.PeerIp : $"ph_{s.Id}");
}
