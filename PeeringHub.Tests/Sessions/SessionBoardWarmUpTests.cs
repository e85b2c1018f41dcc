using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PeeringHub.App.Components.Pages.Sessions;
using PeeringHub.Tests.Infrastructure;
using PeeringHub.Tests.Reference;

namespace PeeringHub.Tests.Sessions;

/// <summary>The board rendered once at start (in-process, anonymous) so the first visit after a restart is not the first
/// render: it runs on the real app's services without a request, and shows nothing a visitor without a login may not see.</summary>
[Trait("Kind", "Http")]
public sealed class SessionBoardWarmUpTests
{
    sealed class LoggedApp(bool warmUp) : AppFactory
    {
        public ListLoggerProvider Log { get; } = new();

        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("PeeringHub:WarmUpBoard", warmUp ? "true" : "false");
            builder.ConfigureLogging(l => l.AddProvider(Log));
        }
    }

    [Fact]
    public async Task The_app_start_renders_the_demo_board_once_without_a_user_and_without_actions()
    {
        await using var app = new LoggedApp(warmUp: true);
        var warmUp = app.Services.GetServices<IHostedService>().OfType<SessionBoardWarmUp>().Single();
        await warmUp.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Contains(app.Log.Lines, l => l.StartsWith("Information: Rendered the session board once at start in", StringComparison.Ordinal));
        // nothing failed on the way (MudBlazor logs a missing provider as an error, for one)
        Assert.DoesNotContain(app.Log.Lines, l => l.StartsWith("Error:", StringComparison.Ordinal) || l.StartsWith("Critical:", StringComparison.Ordinal)
                                                  || (l.StartsWith("Warning:", StringComparison.Ordinal) && l.Contains("session board", StringComparison.Ordinal)));

        var html = await warmUp.RenderAsync(CancellationToken.None);

        Assert.Contains("id=\"sessions-preview\"", html); // the prerendered first screen of rows, in the layout
        Assert.Contains("(demo)", html); // the demo peers' rows
        Assert.DoesNotContain("id=\"actions-button\"", html); // no user: no actions, as for a visitor without a login
        Assert.DoesNotContain("id=\"add-session\"", html);
    }

    [Fact]
    public async Task Off_renders_nothing_at_start()
    {
        await using var app = new LoggedApp(warmUp: false);
        var warmUp = app.Services.GetServices<IHostedService>().OfType<SessionBoardWarmUp>().Single();
        await warmUp.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.DoesNotContain(app.Log.Lines, l => l.Contains("Rendered the session board", StringComparison.Ordinal));
    }
}
