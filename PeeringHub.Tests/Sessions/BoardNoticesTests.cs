using Microsoft.Extensions.Logging.Abstractions;
using PeeringHub.App.Components.Pages.Sessions;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Sessions;

namespace PeeringHub.Tests.Sessions;

/// <summary>Row-change notices reach every open board off the publisher's thread, in parallel where there are cores for it.</summary>
[Trait("Kind", "Unit")]
public class BoardNoticesTests
{
    static readonly IReadOnlyList<SessionStateChanged> Changes =
        [new(1, 0, "", BgpState.Established, BgpState.Idle, DateTime.UtcNow, null, null, null, DateTime.UtcNow)];

    [Fact]
    public async Task With_two_deliverers_a_busy_board_holds_up_no_other()
    {
        using var notices = new BoardNotices(NullLogger.Instance, deliverers: 2);
        using var busy = new ManualResetEventSlim();
        var busyEntered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var other = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Action<IReadOnlyList<SessionStateChanged>?> boards = _ => { busyEntered.TrySetResult(); busy.Wait(TimeSpan.FromSeconds(30)); };
        boards += _ => other.TrySetResult();
        try
        {
            notices.Post(boards, Changes);
            await busyEntered.Task.WaitAsync(TimeSpan.FromSeconds(10));
            await other.Task.WaitAsync(TimeSpan.FromSeconds(10));
            Assert.False(busy.IsSet);
        }
        finally
        {
            busy.Set();
        }
    }

    [Fact]
    public async Task Each_board_gets_each_notice_once_and_in_order_with_one_deliverer()
    {
        using var notices = new BoardNotices(NullLogger.Instance, deliverers: 1);
        var seen = new List<(int Board, IReadOnlyList<SessionStateChanged>? Changes)>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Action<IReadOnlyList<SessionStateChanged>?> boards = c => seen.Add((1, c));
        boards += c => { seen.Add((2, c)); if (seen.Count == 4) done.TrySetResult(); };

        notices.Post(boards, Changes);
        notices.Post(boards, null); // a reload: anything may differ
        await done.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([(1, Changes), (2, Changes), (1, null), (2, null)], seen);
    }
}
