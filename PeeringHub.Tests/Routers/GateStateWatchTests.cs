using PeeringHub.Routers.Contract;

namespace PeeringHub.Tests.Routers;

/// <summary>What the drivers send to the gate's <c>watch-states</c> and read from its reply (the lab tests run the real gate).</summary>
public class GateStateWatchTests
{
    sealed class ReplyingTransport(string stdout, int exitCode = 0) : IRouterTransport
    {
        public RouterCommand? Sent { get; private set; }

        public Task<CommandResult> RunAsync(RouterCommand command, CancellationToken ct)
        {
            Sent = command;
            return Task.FromResult(new CommandResult(exitCode, stdout, exitCode == 0 ? "" : "gate: command not allowed: watch-states"));
        }
    }

    [Fact]
    public async Task AChangeLine_IsChanged_AndTheNextWaitStartsWhereTheGateStopped()
    {
        var transport = new ReplyingTransport("2026-11-23 06:40:01.123 <TRACE> p001_v4: State changed to down\n@offset 48213\n");
        var watch = await GateStateWatch.WaitAsync(transport, TimeSpan.FromSeconds(7), 47000, "State changed", default);
        Assert.Equal(new StateWatch(StateChangeHint.Changed, 48213), watch);
        Assert.Equal(["watch-states", "7", "47000"], transport.Sent!.Args);
        Assert.True(transport.Sent.ReadOnly);
    }

    [Fact]
    public async Task NoLine_IsQuiet_AndTheFirstWaitSendsNoOffset()
    {
        var transport = new ReplyingTransport("@offset 100\n");
        var watch = await GateStateWatch.WaitAsync(transport, TimeSpan.FromSeconds(7), null, "ADJCHANGE", default);
        Assert.Equal(new StateWatch(StateChangeHint.Quiet, 100), watch);
        Assert.Equal(["watch-states", "7"], transport.Sent!.Args);
    }

    [Theory]
    [InlineData("p1: State changed to up\n")]                       // an older gate: no position
    [InlineData("p1: State changed to up\n@offset twelve\n")]       // garbage
    [InlineData("p1: State changed to up\n@offset -5\n")]           // negative
    [InlineData("p1: State changed to up @offset 12\n")]            // not at the start of a line
    [InlineData("p1: State changed to up\n@offset 99999999999999999999999\n")] // overflows
    public async Task AMissingOrUnreadableOffset_StartsTheNextWaitAtTheLogsEnd(string stdout)
    {
        var watch = await GateStateWatch.WaitAsync(new ReplyingTransport(stdout), TimeSpan.FromSeconds(7), 5, "State changed", default);
        Assert.Equal(new StateWatch(StateChangeHint.Changed, null), watch);
    }

    [Fact]
    public async Task AGateWithoutTheCommand_IsRejected()
    {
        var ex = await Assert.ThrowsAsync<RouterException>(() => GateStateWatch.WaitAsync(new ReplyingTransport("", 2), TimeSpan.FromSeconds(7), null, "State changed", default));
        Assert.Equal(RouterErrorKind.Rejected, ex.Kind);
        Assert.Contains("not allowed", ex.Message);
    }
}
