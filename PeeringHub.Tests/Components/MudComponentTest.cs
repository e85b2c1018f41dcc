using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace PeeringHub.Tests.Components;

/// <summary>
/// A fresh bUnit context per test with MudBlazor's services, disposed asynchronously: MudBlazor's services implement
/// only IAsyncDisposable, so a synchronous Dispose (xunit's default for a context base class) would throw.
/// Popovers (menus, selects, dialogs) render into the MudPopoverProvider / MudDialogProvider the test renders itself.
/// </summary>
public abstract class MudComponentTest : IAsyncLifetime
{
    protected BunitContext Ctx { get; } = new();

    protected MudComponentTest()
    {
        Ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        Ctx.Services.AddMudServices(o =>
        {
            o.SnackbarConfiguration.ShowTransitionDuration = 0;
            o.SnackbarConfiguration.HideTransitionDuration = 0;
            o.PopoverOptions.CheckForPopoverProvider = false;
        });
    }

    /// <summary>The providers a page's popovers and dialogs render into, as MainLayout has them.</summary>
    protected IRenderedComponent<MudPopoverProvider> RenderPopovers() => Ctx.Render<MudPopoverProvider>();

    protected IRenderedComponent<MudDialogProvider> RenderDialogs() => Ctx.Render<MudDialogProvider>();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Ctx.DisposeAsync();
}
