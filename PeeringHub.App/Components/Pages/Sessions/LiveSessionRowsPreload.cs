namespace PeeringHub.App.Components.Pages.Sessions;

/// <summary>
/// Loads the board's shared rows when the app starts, so the first engineer who opens the board after a restart does not
/// wait for the query (and for EF compiling it): the board is the app's main screen, and its rows stay live from here on.
/// A failure is logged and leaves the rows unloaded; the first board then loads them as it did before.
/// </summary>
public sealed class LiveSessionRowsPreload(LiveSessionRows rows, ILogger<LiveSessionRowsPreload> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await rows.GetAsync().WaitAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped while loading: nothing to keep.
        }
        catch (Exception ex)
        {
            log.LogError(ex, "Preloading the session board's rows failed; the first board to open loads them");
        }
    }
}
