using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using PeeringHub.App.Auth;
using PeeringHub.Core.Sessions;
using Radzen;

namespace PeeringHub.App.Components.Pages.Sessions;

/// <summary>
/// The board's actions as a user sees them: confirm (how many sessions on which routers, optional shutdown message),
/// run with a progress bar, then show the result per session. Also Refresh with progress.
/// </summary>
public sealed class SessionBoardActions(UnitOfWork work, Radzen.DialogService dialogs, NotificationService notifications,
    AuthenticationStateProvider authentication, IAuthorizationService authorization)
{
    /// <summary>Admin Up/Down are for operators and admins, Delete for admins; NOC staff watch and refresh.</summary>
    public async Task<bool> CanRunAsync(SessionAction action)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        return (await authorization.AuthorizeAsync(user, action == SessionAction.Delete ? Policies.Admin : Policies.Operate)).Succeeded;
    }

    /// <returns>True when the action ran (even if some sessions failed).</returns>
    public async Task<bool> RunAsync(SessionAction action, IReadOnlyList<SessionRow> rows)
    {
        if (rows.Count == 0) return false;
        // Checked here, not only by hiding buttons: every way into an action (menu, dropdown, detail page) passes through.
        if (!await CanRunAsync(action))
        {
            notifications.Notify(NotificationSeverity.Error, Title(action),
                action == SessionAction.Delete ? "Deleting sessions needs the Admin role." : "Admin Up and Admin Down need the Operator or Admin role.");
            return false;
        }
        var confirmed = await dialogs.OpenAsync<ConfirmSessionAction>($"{Title(action)}: {rows.Count} session{(rows.Count == 1 ? "" : "s")}",
            new Dictionary<string, object?> { ["Action"] = action, ["Rows"] = rows }, new Radzen.DialogOptions { Width = "560px" });
        if (confirmed is not ConfirmSessionAction.Choice choice) return false;

        var progress = new ActionProgressState(rows.Count);
        var dialog = dialogs.OpenAsync<ActionProgress>(Title(action), new Dictionary<string, object?> { ["State"] = progress },
            new Radzen.DialogOptions { Width = "640px", ShowClose = false, CloseDialogOnEsc = false });
        try
        {
            await using var scope = work.Begin();
            var service = scope.ServiceProvider.GetRequiredService<SessionActionService>();
            var outcomes = await service.RunAsync(action, rows.Select(r => r.Id).ToList(), choice.Message, choice.OnRouter,
                new Progress<SessionActionProgress>(progress.Report));
            progress.Finish(outcomes);
            var failed = outcomes.Count(o => !o.Succeeded);
            notifications.Notify(failed == 0 ? NotificationSeverity.Success : NotificationSeverity.Warning, Title(action),
                $"{outcomes.Count - failed} done, {failed} failed.", TimeSpan.FromSeconds(8));
        }
        catch (Exception ex)
        {
            progress.Fail(ex.Message);
            throw;
        }
        await dialog;
        return true;
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
            if (!outcome.Reachable) unreachable.Add(r.Name);
            progress.Report(Interlocked.Increment(ref done));
        });
        var polled = $"Polled {routers.Count} router{(routers.Count == 1 ? "" : "s")}";
        if (unreachable.IsEmpty) notifications.Notify(NotificationSeverity.Info, "Refreshed", polled + ".");
        else notifications.Notify(NotificationSeverity.Warning, "Refreshed", $"{polled}; not reachable: {string.Join(", ", unreachable.Order())}.", TimeSpan.FromSeconds(10));
    }

    public static string Title(SessionAction action) => action switch
    {
        SessionAction.AdminUp => "Admin Up",
        SessionAction.AdminDown => "Admin Down",
        _ => "Delete",
    };
}
