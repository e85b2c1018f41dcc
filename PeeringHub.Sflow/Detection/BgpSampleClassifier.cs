using System.Runtime.CompilerServices;
using PeeringHub.Sflow.Decoding;

namespace PeeringHub.Sflow.Detection;

/// <summary>Turns a decoded TCP/179 sample into a <see cref="BgpSampleKind"/>. Control flags first: a NOTIFICATION riding a FIN is still a NOTIFICATION.</summary>
public static class BgpSampleClassifier
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // hot: once per TCP/179 sample
    public static BgpSampleKind Classify(in FlowPacket p)
    {
        if (!p.HasProtocol || !p.HasPorts || !p.HasTcpFlags) return BgpSampleKind.Inconclusive;
        var f = p.TcpFlags;
        if ((f & FlowPacket.TcpRst) != 0) return BgpSampleKind.Reset;
        if ((f & FlowPacket.TcpSyn) != 0 || (f & FlowPacket.TcpAck) == 0) return BgpSampleKind.Syn;
        switch (p.BgpMessageType)
        {
            case 2 or 4 or 5: return BgpSampleKind.SessionMessage;
            case 1: return BgpSampleKind.Open;
            case 3: return BgpSampleKind.Notification;
            case 0: break;
            default: return BgpSampleKind.Payload; // marker but the type byte was cut or is not a known type
        }
        if ((f & FlowPacket.TcpFin) != 0) return BgpSampleKind.Fin;
        return p.TcpPayloadLength > 0 ? BgpSampleKind.Payload : BgpSampleKind.Ack;
    }

    /// <summary>SYN, RST and FIN are control samples; the rest (with flags known) are the session's traffic.</summary>
    public static bool IsControl(BgpSampleKind kind) => kind is BgpSampleKind.Syn or BgpSampleKind.Reset or BgpSampleKind.Fin;
}
