using System.Net;

namespace PeeringHub.Sflow.Demo;

/// <summary>What one demo sample shows: a TCP segment between two member addresses on a VLAN.</summary>
/// <param name="BgpType">Type byte of a BGP message at the start of the payload (4 = KEEPALIVE, 2 = UPDATE), or 0 for none.</param>
/// <param name="PayloadLength">TCP payload bytes in the frame (the header carries at most the first of them).</param>
public sealed record DemoFlow(ushort Vlan, IPAddress Source, IPAddress Destination, ushort SourcePort, ushort DestinationPort,
    byte TcpFlags, byte BgpType = 0, int PayloadLength = 0)
{
    public const byte Fin = 0x01, Syn = 0x02, Rst = 0x04, Psh = 0x08, Ack = 0x10;
}
