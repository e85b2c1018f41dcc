using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Sflow.Collector;
using PeeringHub.Sflow.Decoding;
using PeeringHub.Tests.Infrastructure;
using PeeringHub.Tests.Sflow.Generator;

namespace PeeringHub.Tests.Http;

/// <summary>
/// The sFlow page as an operator opens it: real datagrams on the collector's UDP port from one agent (an established
/// pair between two demo members and a refused one), and the page shows the agent, its header lengths, and each pair
/// with its state and why.
/// </summary>
[Trait("Kind", "Http")]
public sealed class SflowPageTests : IAsyncLifetime
{
    sealed class SflowApp : AppFactory
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("PeeringHub:Sflow:Enabled", "true");
            builder.UseSetting("PeeringHub:Sflow:Port", "0");
            builder.UseSetting("PeeringHub:Sflow:BindAddress", "127.0.0.1");
            // The counts below are this test's datagrams only.
            builder.UseSetting("PeeringHub:Sflow:DemoSender", "false");
        }
    }

    readonly SflowApp app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    const byte Syn = FlowPacket.TcpSyn, Ack = FlowPacket.TcpAck, Psh = FlowPacket.TcpPsh, Rst = FlowPacket.TcpRst;

    [Fact]
    public async Task The_page_shows_the_agent_and_each_pair_with_its_state_and_why()
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        await CookieLogin.PostLoginAsync(client, "admin", AppFactory.AdminPassword);
        var collector = app.Services.GetRequiredService<SflowCollectorService>();
        await collector.Started.Task.WaitAsync(TimeSpan.FromSeconds(20));

        // Demo members on DEMO-IX Frankfurt (VLAN 100): .10 and .11 keep a session up, .12 refuses .13.
        var (a, b, c, d) = (IPAddress.Parse("192.0.2.10"), IPAddress.Parse("192.0.2.11"), IPAddress.Parse("192.0.2.12"), IPAddress.Parse("192.0.2.13"));
        using var udp = new UdpClient(AddressFamily.InterNetwork);
        var agent = new DatagramBuilder(IPAddress.Parse("198.51.100.77"));
        static SampleSpec Tcp(IPAddress src, IPAddress dst, byte flags, int payload = 0, byte bgp = 0) => new(SampleKind.Flow,
            new FrameSpec([100], src, dst, 6, dst.ToString().EndsWith(".11") || dst.ToString().EndsWith(".13") ? (ushort)50000 : (ushort)179,
                dst.ToString().EndsWith(".11") || dst.ToString().EndsWith(".13") ? (ushort)179 : (ushort)50000, flags, payload, BgpType: bgp));
        var datagram = agent.Build([
            Tcp(a, b, Ack | Psh, 19, bgp: 4), Tcp(b, a, Ack | Psh, 19, bgp: 4),
            Tcp(c, d, Syn), Tcp(d, c, Rst | Ack)]);
        for (var i = 0; i < 5; i++) await udp.SendAsync(datagram, new IPEndPoint(IPAddress.Loopback, collector.BoundPort));

        string html = "";
        var until = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < until)
        {
            html = WebUtility.HtmlDecode(await client.GetStringAsync("/sflow"));
            if (html.Contains("ph-pair-Refused") && html.Contains("ph-pair-Established")) break;
            await Task.Delay(250);
        }
        Assert.Contains("ph-pair-Established", html);
        Assert.Contains("ph-pair-Refused", html);
        Assert.Contains("192.0.2.10", html);
        Assert.Contains("AS64497 Nordwind Transit (demo)", html); // the member's network next to its address
        Assert.Contains("198.51.100.77", html); // the agent
        Assert.Contains("5 accepted", html);
        Assert.Contains("no frame cut yet", html);
        Assert.Contains("Established 1", html);
        Assert.Contains("Refused 1", html);
        Assert.Contains("How a pair is judged", html);
    }
}
