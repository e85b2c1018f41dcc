using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Options;
using PeeringHub.App.Components.Layout;
using PeeringHub.Core.Settings;

namespace PeeringHub.App.Components.Pages.Sessions;

/// <summary>
/// Renders the session board in its layout once, in-process and to a string nobody sees, as soon as its rows are loaded
/// at start (<see cref="LiveSessionRowsPreload"/>; this waits for the same load). The first render of a component type
/// fills Blazor's and MudBlazor's per-type caches (parameter setters, injected properties, cascading values) and compiles
/// the generic code ReadyToRun cannot; without this, the first engineer to open the board after a restart pays for all of
/// it. The render is anonymous (no user, no request): it shows no actions, and its HTML is dropped.
/// Off with <c>PeeringHub:WarmUpBoard=false</c>. A failure is logged; the first board is then only slower.
/// </summary>
public sealed class SessionBoardWarmUp(
    LiveSessionRows rows, IServiceScopeFactory scopes, ILoggerFactory loggers, IOptions<PeeringHubOptions> options, ILogger<SessionBoardWarmUp> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WarmUpBoard) return;
        try
        {
            await rows.GetAsync().WaitAsync(stoppingToken);
            var sw = Stopwatch.StartNew();
            var html = await RenderAsync(stoppingToken);
            log.LogInformation("Rendered the session board once at start in {Elapsed} ms ({Length} characters)", sw.ElapsedMilliseconds, html.Length);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped during the start.
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Rendering the session board once at start failed; the first board to open is slower, nothing else changes");
        }
    }

    /// <summary>The board's HTML in its layout, rendered anonymously in a scope of its own.</summary>
    public async Task<string> RenderAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        if (services.GetRequiredService<NavigationManager>() is IHostEnvironmentNavigationManager navigation)
            navigation.Initialize("http://localhost/", "http://localhost/sessions");
        if (services.GetRequiredService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider auth)
            auth.SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
        await using var renderer = new HtmlRenderer(services, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            // in its layout, as a request renders it: the layout's providers (popovers, dialogs, snackbars) are there too
            RenderFragment board = b => { b.OpenComponent<SessionBoard>(0); b.CloseComponent(); };
            var output = await renderer.RenderComponentAsync<MainLayout>(ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(MainLayout.Body)] = board }));
            await output.QuiescenceTask.WaitAsync(ct);
            return output.ToHtmlString();
        });
    }
}
