using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.App.Auth;
using PeeringHub.App.Components.Shared;
using PeeringHub.Core.Audit;
using PeeringHub.Core.Sessions;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Components;

/// <summary>
/// An inventory page or form in bUnit on a real (in-memory SQLite, migrated) database: the page's UnitOfWork opens scopes
/// of the database's services, so saves go through the real EntityEditor, validator and audit. Signed in as an operator.
/// </summary>
public abstract class InventoryComponentTest : MudComponentTest, IAsyncLifetime
{
    protected const string User = "operator-1";
    protected TestDatabase Database { get; }

    /// <param name="configure">More services for the database side (e.g. router drivers and polling).</param>
    protected InventoryComponentTest(Action<IServiceCollection>? configure = null)
    {
        Database = new TestDatabase(User, services =>
        {
            // The app's actor: UnitOfWork names the user on every scope it opens (audit entries say who).
            services.AddHttpContextAccessor();
            services.AddScoped<CurrentActor>();
            services.AddScoped<ICurrentActor>(sp => sp.GetRequiredService<CurrentActor>());
            configure?.Invoke(services);
        });
        Ctx.Services.AddSingleton(new UnitOfWork(Database.Services.GetRequiredService<IServiceScopeFactory>(), new FixedActor(User)));
        Ctx.Services.AddScoped<CrudActions>();
        Ctx.Services.AddSingleton(Database.Services.GetRequiredService<RouterPollFeed>());
        Ctx.Services.AddSingleton(Database.Services.GetRequiredService<UnmanagedSessions>());
        var auth = Ctx.AddAuthorization();
        auth.SetAuthorized(User);
        auth.SetPolicies(Policies.Staff, Policies.Operate);
    }

    // Re-implemented so the database goes after the bUnit context (whose components may still hold scopes of it).
    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Database.DisposeAsync();
    }
}
