using PeeringHub.Sflow.Decoding;

namespace PeeringHub.Sflow.Detection;

/// <summary>(LAN, address pair) with A &lt; B, so both directions of a session share one key.</summary>
public readonly record struct PairKey(int PeeringLanId, IpAddressKey AddressA, IpAddressKey AddressB)
{
    public int AddressFamily => AddressA.Family;
}
