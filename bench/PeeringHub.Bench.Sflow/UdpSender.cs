using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using PeeringHub.Tests.Sflow.Generator;

namespace PeeringHub.Bench.Sflow;

/// <summary>Replays a pcap's datagrams to 127.0.0.1:port at a fixed rate; prints how many it sent. Runs in its own process.</summary>
internal static class UdpSender
{
    public static int Run(int port, int rate, int seconds, string pcap)
    {
        var datagrams = PcapWriter.ReadUdpPayloads(pcap);
        using var s = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        s.SendBufferSize = 4 * 1024 * 1024;
        var target = new IPEndPoint(IPAddress.Loopback, port).Serialize();
        long sent = 0, sendErrors = 0;
        var sw = Stopwatch.StartNew();
        var total = (long)rate * seconds;
        var i = 0;
        while (sent < total)
        {
            var due = Math.Min(total, (long)(sw.Elapsed.TotalSeconds * rate));
            if (sent >= due) { Thread.SpinWait(50); continue; }
            while (sent < due)
            {
                var d = datagrams[i];
                if (++i == datagrams.Count) i = 0;
                try { s.SendTo(d, SocketFlags.None, target); }
                catch (SocketException) { sendErrors++; } // ENOBUFS on an overloaded box: counted, reported
                sent++;
            }
        }
        Console.WriteLine($"SENT {sent} {sendErrors} {sw.Elapsed.TotalSeconds:F3}");
        return 0;
    }
}
