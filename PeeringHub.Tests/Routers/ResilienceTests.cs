using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Resilience;
using PeeringHub.Routers.Service;

namespace PeeringHub.Tests.Routers;

[Trait("Kind", "Unit")]
public class ResilienceTests
{
    private static readonly RouterOptions Options = new()
    {
        ReadTimeout = TimeSpan.FromMilliseconds(300), WriteTimeout = TimeSpan.FromMilliseconds(300),
        ReadRetries = 2, RetryDelay = TimeSpan.FromMilliseconds(10), BreakDuration = TimeSpan.FromSeconds(30),
    };

    private sealed class FakeTransport(Func<int, Task<CommandResult>> behaviour) : IRouterTransport
    {
        public int Calls;
        public Task<CommandResult> RunAsync(RouterCommand command, CancellationToken ct) => behaviour(Interlocked.Increment(ref Calls));
    }

    private static readonly RouterTarget Target = new() { Id = 1, Name = "r1", Platform = "bird2", Address = "x" };

    private static Task<RouterResult<CommandResult>> Run(IRouterTransport t, bool readOnly) =>
        new RouterCallGuard(NullLogger<RouterCallGuard>.Instance).RunAsync(Target, "test",
            () => t.RunAsync(new RouterCommand(["birdc", "show"], null, readOnly), CancellationToken.None), CancellationToken.None);

    [Fact]
    public async Task ReadOnly_TransientFailure_RetriedThenSucceeds()
    {
        var fake = new FakeTransport(n => n < 3 ? throw new RouterException(RouterErrorKind.Unreachable, "refused") : Task.FromResult(new CommandResult(0, "ok", "")));
        var r = await Run(new ResilientTransport(fake, new RouterPipelines(Options), "r1"), readOnly: true);
        Assert.True(r.Succeeded);
        Assert.Equal(3, fake.Calls);
    }

    [Fact]
    public async Task Change_TransientFailure_NeverRetried()
    {
        var fake = new FakeTransport(_ => throw new RouterException(RouterErrorKind.Unreachable, "refused"));
        var r = await Run(new ResilientTransport(fake, new RouterPipelines(Options), "r1"), readOnly: false);
        Assert.Equal(RouterErrorKind.Unreachable, r.Error);
        Assert.Equal(1, fake.Calls);
    }

    [Fact]
    public async Task SlowRouter_TimesOutWithReason()
    {
        var sw = Stopwatch.StartNew();
        var r = await Run(new ResilientTransport(new CancellableSlow(), new RouterPipelines(Options), "r1"), readOnly: false);
        Assert.Equal(RouterErrorKind.Timeout, r.Error);
        Assert.Contains("did not finish within", r.Message);
        // Half the 10 s the router would take: proves the timeout fired, with room for a loaded CI machine.
        Assert.InRange(sw.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(5));
    }

    private sealed class CancellableSlow : IRouterTransport
    {
        public async Task<CommandResult> RunAsync(RouterCommand command, CancellationToken ct)
        {
            await Task.Delay(TimeSpan.FromSeconds(10), ct);
            return new CommandResult(0, "", "");
        }
    }

    [Fact]
    public async Task RepeatedFailures_OpenCircuit_LaterCallsNotAttempted()
    {
        var fake = new FakeTransport(_ => throw new RouterException(RouterErrorKind.Unreachable, "refused"));
        var t = new ResilientTransport(fake, new RouterPipelines(Options), "r1");
        for (var i = 0; i < 4; i++) await Run(t, readOnly: false);
        var calls = fake.Calls;
        var r = await Run(t, readOnly: false);
        Assert.Equal(RouterErrorKind.CircuitOpen, r.Error);
        Assert.Equal(calls, fake.Calls);
    }

    [Fact]
    public async Task RejectedCommand_NotRetried_DoesNotOpenCircuit()
    {
        var fake = new FakeTransport(_ => throw new RouterException(RouterErrorKind.Rejected, "Access denied"));
        var t = new ResilientTransport(fake, new RouterPipelines(Options), "r1");
        for (var i = 0; i < 6; i++) Assert.Equal(RouterErrorKind.Rejected, (await Run(t, readOnly: true)).Error);
        Assert.Equal(6, fake.Calls);
    }
}
