using System.Diagnostics;
using PeeringHub.Core.Domain;
using PeeringHub.Routers.Contract;

namespace PeeringHub.Tests.Routers.Lab;

/// <summary>Helpers of every lab test class: list over SSH, wait for a condition, wait until the lab is back to its baseline.</summary>
public abstract class RouterLabTestsBase(RouterLabFixture lab)
{
    protected RouterLabFixture Lab { get; } = lab;

    protected async Task<IReadOnlyList<RouterSession>> List(RouterTarget? target = null)
    {
        var r = await Lab.Client.ListSessionsAsync(target ?? Lab.Ssh);
        Assert.True(r.Succeeded, $"{r.Error}: {r.Message}");
        return r.Value!;
    }

    protected static async Task<T> WaitFor<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout, string what)
    {
        var sw = Stopwatch.StartNew();
        T last;
        do
        {
            last = await probe();
            if (done(last)) return last;
            await Task.Delay(200);
        } while (sw.Elapsed < timeout);
        Assert.Fail($"{what} not reached within {timeout.TotalSeconds} s");
        return last;
    }

    protected Task<IReadOnlyList<RouterSession>> WaitForBaseline() =>
        WaitFor(() => List(), l => l.Count(s => s.State == BgpState.Established) >= Lab.EstablishedBaseline, TimeSpan.FromSeconds(20), "all lab sessions Established");
}
