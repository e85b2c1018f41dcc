using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Reference.Irr;

namespace PeeringHub.Tests.Reference.Irr;

[Trait("Kind", "Reference")]
public class IrrExpansionTests
{
    private static Task<AsSetExpansion> Expand(IrrHarness h, string name) =>
        h.Services.GetRequiredService<IrrExpansionService>().ExpandAsync(AsSetName.Parse(name));

    [Fact]
    public async Task Nested_and_looping_sets_expand_to_each_member_once_with_their_routes()
    {
        await using var h = new IrrHarness();
        var x = await Expand(h, "as-ph-customers");

        // AS-PH-CUSTOMERS → AS-PH-DOWNSTREAM ⇄ AS-PH-LOOP (loop), AS64500:AS-PH-HIERARCHICAL; AS-PH-MISSING does not exist
        Assert.Equal(new long[] { 64500, 64501, 64502, 64503, 64504, 64505 }, x.Asns);
        Assert.Equal(["100.64.0.0/22", "100.64.0.0/24", "100.64.4.0/24", "192.0.2.0/24", "198.18.0.0/15", "198.19.128.0/24",
            "198.51.100.0/25", "203.0.113.0/24"], x.Ipv4Prefixes);
        Assert.Equal(["2001:db8:4::/48", "2001:db8:100::/48", "2001:db8:200::/40", "2001:db8:300::/48"], x.Ipv6Prefixes);
        Assert.True(await h.Server.ReceivedAsync("!q", TimeSpan.FromSeconds(10)), "the client never said !q");
        var commands = h.Server.Commands.ToList();
        Assert.Equal(["!!", "!sRIPE,RADB", "!iAS-PH-CUSTOMERS,1"], commands.Take(3));
        Assert.Contains("!6AS64503", commands);
        Assert.Equal("!q", commands[^1]);
    }

    [Fact]
    public async Task Source_prefix_notation_queries_only_that_source()
    {
        await using var h = new IrrHarness(new() { ["PeeringHub:Irr:Sources"] = "RIPE" });
        var err = await Assert.ThrowsAsync<IrrException>(() => Expand(h, "AS-PH-OTHER"));
        Assert.Equal(IrrErrorKind.NotFound, err.Kind);
        Assert.Contains("sources RIPE", err.Message);

        var x = await Expand(h, "radb::as-ph-other");
        Assert.Equal(new long[] { 64510 }, x.Asns);
        Assert.Equal(["198.51.100.128/25"], x.Ipv4Prefixes);
        Assert.Contains("!sRADB", h.Server.Commands);
    }

    [Fact]
    public async Task Truncated_reply_is_a_clear_error()
    {
        await using var h = new IrrHarness();
        h.Server.Faults["!iAS-PH-CUSTOMERS"] = IrrTestServer.Fault.Truncate;
        var err = await Assert.ThrowsAsync<IrrException>(() => Expand(h, "AS-PH-CUSTOMERS"));
        Assert.Equal(IrrErrorKind.Truncated, err.Kind);
        Assert.Contains("announced 120 bytes", err.Message);
    }

    [Fact]
    public async Task A_reply_outside_the_protocol_is_a_protocol_error()
    {
        await using var h = new IrrHarness();
        h.Server.Faults["!gAS64501"] = IrrTestServer.Fault.Garbage;
        var err = await Assert.ThrowsAsync<IrrException>(() => Expand(h, "AS-PH-CUSTOMERS"));
        Assert.Equal(IrrErrorKind.Protocol, err.Kind);
        Assert.Contains("Zzz unexpected", err.Message);
    }

    [Fact]
    public async Task A_stalled_server_times_out()
    {
        await using var h = new IrrHarness(new() { ["PeeringHub:Irr:Timeout"] = "00:00:00.500" });
        h.Server.Faults["!gAS64500"] = IrrTestServer.Fault.Stall;
        var sw = Stopwatch.StartNew();
        var err = await Assert.ThrowsAsync<IrrException>(() => Expand(h, "AS64500"));
        Assert.Equal(IrrErrorKind.Timeout, err.Kind);
        Assert.InRange(sw.Elapsed.TotalSeconds, 0.4, 4);
        Assert.Contains("!gAS64500", err.Message);
    }

    [Fact]
    public async Task Unknown_configured_source_is_reported_from_the_server()
    {
        await using var h = new IrrHarness(new() { ["PeeringHub:Irr:Sources"] = "RIPE,NOPE" });
        var err = await Assert.ThrowsAsync<IrrException>(() => Expand(h, "AS-PH-CUSTOMERS"));
        Assert.Equal(IrrErrorKind.ServerError, err.Kind);
        Assert.Contains("Unrecognized source: NOPE", err.Message);
    }

    [Fact]
    public async Task Huge_sets_are_refused_over_the_limit_and_the_size_is_reported()
    {
        await using var h = new IrrHarness(new() { ["PeeringHub:Irr:MaxSetSize"] = "100" });
        var err = await Assert.ThrowsAsync<IrrException>(() => Expand(h, "AS-PH-HUGE"));
        Assert.Equal(IrrErrorKind.TooLarge, err.Kind);
        Assert.Contains("150 member ASNs, over the limit of 100", err.Message);
        Assert.DoesNotContain(h.Server.Commands, c => c.StartsWith("!g")); // refused before fetching any routes

        await using var roomy = new IrrHarness(new() { ["PeeringHub:Irr:MaxSetSize"] = "1000" });
        Assert.Equal(150, (await Expand(roomy, "AS-PH-HUGE")).Ipv4Prefixes.Count);
    }

    [Fact]
    public async Task Unreachable_server_is_a_connect_error()
    {
        var port = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        port.Start();
        var closed = ((System.Net.IPEndPoint)port.LocalEndpoint).Port;
        port.Stop();
        await using var h = new IrrHarness(new() { ["PeeringHub:Irr:Server"] = $"127.0.0.1:{closed}" });
        var err = await Assert.ThrowsAsync<IrrException>(() => Expand(h, "AS64500"));
        Assert.Equal(IrrErrorKind.Connect, err.Kind);
    }

    [Fact]
    public async Task Raw_client_lists_sources_and_reads_aggregates()
    {
        await using var h = new IrrHarness();
        await using var c = await IrrWhoisClient.ConnectAsync("127.0.0.1", h.Server.Port, ["RADB"], TimeSpan.FromSeconds(5));
        Assert.Equal(["RADB"], await c.GetSourcesAsync());
        Assert.Equal(["2001:db8:510::/48"], await c.AggregateAsync("AS-PH-OTHER", ipv6: true));
        Assert.Null(await c.ExpandSetAsync("AS-PH-CUSTOMERS")); // lives in RIPE only
    }

    [Theory]
    [InlineData("AS65000", null, "AS65000")]
    [InlineData(" ripe::as-example ", "RIPE", "AS-EXAMPLE")]
    [InlineData("AS65000:AS-CUSTOMERS", null, "AS65000:AS-CUSTOMERS")]
    public void Names_parse_with_optional_source(string text, string? source, string name) =>
        Assert.Equal(new AsSetName(source, name), AsSetName.Parse(text));

    [Theory]
    [InlineData("EXAMPLE")]
    [InlineData("AS0")]
    [InlineData("AS-FOO\n!q")]
    [InlineData("AS65000:CUSTOMERS")]
    [InlineData("RI PE::AS-FOO")]
    public void Invalid_names_are_rejected(string text) =>
        Assert.Equal(IrrErrorKind.InvalidName, Assert.Throws<IrrException>(() => AsSetName.Parse(text)).Kind);
}
