using Microsoft.Extensions.Logging.Abstractions;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Gate;
using PeeringHub.Routers.Polling;
using PeeringHub.Tests.Reference.Irr;

namespace PeeringHub.Tests.Routers;

/// <summary>The gate's tcp-md5 output and the hint the poller gives sessions that cannot connect.</summary>
public class TcpMd5WatchTests
{
    [Fact]
    public void Counters_AreReadFromTheGatesLines_AndGarbageIsNoCounters()
    {
        Assert.Equal(new TcpMd5Counters(3, 1, 2), TcpMd5Counters.Parse("TCPMD5NotFound 2\nTCPMD5Unexpected 1\nTCPMD5Failure 3\nTCPMD5Error 0\n"));
        Assert.Equal(new TcpMd5Counters(4, 0, 0), TcpMd5Counters.Parse("TCPMD5Failure 4"));
        Assert.Null(TcpMd5Counters.Parse(""));
        Assert.Null(TcpMd5Counters.Parse("gate: command not allowed: tcp-md5\nTCPMD5Failure -1\nTCPMD5Failure x"));
        // A namespace made anew starts from zero: what it has now is what arrived.
        Assert.Equal(5, new TcpMd5Counters(2, 0, 3).Since(new TcpMd5Counters(10, 0, 0)));
        Assert.Equal(3, new TcpMd5Counters(12, 1, 0).Since(new TcpMd5Counters(10, 0, 0)));
    }

    sealed class Counters
    {
        public TcpMd5Counters Now { get; set; }
        public int Reads { get; private set; }
        public bool Fails { get; set; }

        public Task<RouterResult<TcpMd5Counters>> ReadAsync(CancellationToken _)
        {
            Reads++;
            return Task.FromResult(Fails ? RouterResult<TcpMd5Counters>.Fail(RouterErrorKind.Rejected, "old gate") : RouterResult<TcpMd5Counters>.Ok(Now));
        }
    }

    [Fact]
    public async Task A_rise_gives_the_hint_which_holds_between_connect_retries_and_ends_after_a_quiet_while()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero));
        var watch = new TcpMd5Watch(clock, NullLogger<TcpMd5Watch>.Instance);
        var counters = new Counters { Now = new(7, 0, 0) };

        Assert.Null(await watch.HintAsync(1, counters.ReadAsync, default)); // the first reading is the baseline
        counters.Now = new(9, 0, 0);
        clock.Now += TimeSpan.FromSeconds(2);
        Assert.Null(await watch.HintAsync(1, counters.ReadAsync, default)); // read at most every 15 s
        Assert.Equal(1, counters.Reads);

        clock.Now += TcpMd5Watch.ReadEvery;
        var hint = await watch.HintAsync(1, counters.ReadAsync, default);
        Assert.Equal("TCP-MD5 signature failures on this router (2 bad segment(s) at 10:00:17 UTC) while this session cannot connect: check the password on both sides", hint);

        clock.Now += TimeSpan.FromMinutes(2); // no new failure (the peer waits before its next retry): the hint stays
        Assert.Equal(hint, await watch.HintAsync(1, counters.ReadAsync, default));
        Assert.Null(await watch.HintAsync(2, counters.ReadAsync, default)); // another router has its own baseline

        clock.Now += TcpMd5Watch.HoldFor;
        Assert.Null(await watch.HintAsync(1, counters.ReadAsync, default));
    }

    [Fact]
    public async Task A_router_that_cannot_report_counters_gets_no_hint_and_is_not_asked_on_every_poll()
    {
        var clock = new ManualClock(DateTimeOffset.UnixEpoch);
        var watch = new TcpMd5Watch(clock, NullLogger<TcpMd5Watch>.Instance);
        var counters = new Counters { Fails = true };
        Assert.Null(await watch.HintAsync(1, counters.ReadAsync, default));
        clock.Now += TimeSpan.FromSeconds(2);
        Assert.Null(await watch.HintAsync(1, counters.ReadAsync, default));
        Assert.Equal(1, counters.Reads);
    }
}
