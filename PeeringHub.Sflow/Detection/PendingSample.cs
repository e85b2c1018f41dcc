using PeeringHub.Sflow.Decoding;

namespace PeeringHub.Sflow.Detection;

/// <summary>A TCP/179 sample whose addresses were not (all) members when it arrived, classified and waiting for the directory to change.</summary>
public struct PendingSample
{
    public IpAddressKey Source, Destination;
    public DateTime At;
    public ushort Vlan;
    public short HeaderBytes;
    public BgpSampleKind Kind;
}
