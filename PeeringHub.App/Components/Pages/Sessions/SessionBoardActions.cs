using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using PeeringHub.App.Auth;
using PeeringHub.App.Components.Shared;
using PeeringHub.Core.Sessions;

namespace PeeringHub.App.Components.Pages.Sessions;

/// <summary>
/// The board's actions as a user sees them: confirm (how many sessions on which routers, optional shutdown message),
/// run with a progress bar, then show the result per session. Also Refresh with progress.
/// </summary>
public sealed class SessionBoardActions(UnitOfWork work, IDialogService dialogs, ISnackbar snackbar,
    AuthenticationStateProvider authentication, IAuthorizationService authorization)
{
    /// <summary>Admin Up/Down are for operators and admins, Delete for admins; NOC staff watch and refresh.</summary>
    public async Task<bool> CanRunAsync(SessionAction action)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        return (await authorization.AuthorizeAsync(user, action == SessionAction.Delete ? Policies.Admin : Policies.Operate)).Succeeded;
    }

    /// <returns>The outcome per session, or null when nothing ran (refused, cancelled, nothing selected).</returns>
    public async Task<IReadOnlyList<SessionActionOutcome>?> RunAsync(SessionAction action, IReadOnlyList<SessionRow> rows)
    {
        if (rows.Count == 0) return null;
        // Checked here, not only by hiding buttons: every way into an action (menu, dropdown, detail page) passes through.
        if (!await CanRunAsync(action))
        {
            snackbar.Add(action == SessionAction.Delete ? "Deleting sessions needs the Admin role." : "Admin Up and Admin Down need the Operator or Admin role.",
                Severity.Error);
            return null;
        }
        var confirm = await dialogs.ShowAsync<ConfirmSessionAction>($"{Title(action)}: {rows.Count} session{(rows.Count == 1 ? "" : "s")}",
            new DialogParameters<ConfirmSessionAction> { { d => d.Action, action }, { d => d.Rows, rows } },
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if ((await confirm.Result)?.Data is not ConfirmSessionAction.Choice choice) return null;

        var progress = new ActionProgressState(rows.Count);
        var dialog = await dialogs.ShowAsync<ActionProgress>(Title(action), new DialogParameters<ActionProgress> { { d => d.State, progress } },
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseButton = false, CloseOnEscapeKey = false, BackdropClick = false });
        IReadOnlyList<SessionActionOutcome> outcomes;
        try
        {
            await using var scope = work.Begin();
            var service = scope.ServiceProvider.GetRequiredService<SessionActionService>();
            outcomes = await service.RunAsync(action, rows.Select(r => r.Id).ToList(), choice.Message, choice.OnRouter,
                new Progress<SessionActionProgress>(progress.Report));
            progress.Finish(outcomes);
            var failed = outcomes.Count(o => !o.Succeeded);
            snackbar.Add($"{Title(action)}: {outcomes.Count - failed} done, {failed} failed.", failed == 0 ? Severity.Success : Severity.Warning);
        }
        catch (Exception ex)
        {
            // The dialog shows why the run stopped; the exception still reaches the page's error boundary and the log.
            progress.Fail(ex.Message);
            throw;
        }
        await dialog.Result;
        return outcomes;
    }

    /// <summary>Polls the routers at once, a few in parallel; <paramref name="progress"/> counts the routers done.</summary>
    public async Task RefreshAsync(IReadOnlyList<RouterStatus> routers, IProgress<int> progress)
    {
        var done = 0;
        var unreachable = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(routers, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (r, ct) =>
        {
            await using var scope = work.Begin();
            var outcome = await scope.ServiceProvider.GetRequiredService<IRouterPoller>().PollAsync(r.Id, ct);
            if (!outcome.Reachable) unreachable.Add(RouterName.Text(r.Name, r.Platform));
            progress.Report(Interlocked.Increment(ref done));
        });
        var polled = $"Polled {routers.Count} router{(routers.Count == 1 ? "" : "s")}";
        if (unreachable.IsEmpty) snackbar.Add(polled + ".", Severity.Info);
        else snackbar.Add($"{polled}; not reachable: {string.Join(", ", unreachable.Order())}.", Severity.Warning);
    }

    public static string Title(SessionAction action) => action switch
    {
        SessionAction.AdminUp => "Admin Up",
        SessionAction.AdminDown => "Admin Down",
        _ => "Delete",
    };
}
