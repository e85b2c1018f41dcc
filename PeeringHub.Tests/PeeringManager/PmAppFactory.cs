using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Sessions;
using PeeringHub.Core.Users;

namespace PeeringHub.Tests.PeeringManager;

/// <summary>
/// The app in-process like the shared AppFactory (sealed, so not derived), plus router test doubles until the router-driver
/// merge registers the real ones (TryAdd: the real ones win once they exist).
/// </summary>
public sealed class PmAppFactory : WebApplicationFactory<Program>
{
    public const string AdminToken = "ph_bootstrap_token_for_pm_tests_01";
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "peeringhub-pm-waf-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("PeeringHub:DataDirectory", DataDirectory);
        builder.UseSetting("PeeringHub:Bootstrap:AdminPassword", "admin-password-1");
        builder.UseSetting("PeeringHub:Bootstrap:ApiToken", AdminToken);
        builder.UseSetting("PeeringHub:SeedDemo", "false");
        builder.ConfigureServices(services =>
        {
            services.TryAddSingleton<UnavailableRouters>();
            services.TryAddScoped<IRouterSessionCommands>(sp => sp.GetRequiredService<UnavailableRouters>());
            services.TryAddScoped<IRouterPoller>(sp => sp.GetRequiredService<UnavailableRouters>());
        });
    }

    public async Task<string> CreateUserWithTokenAsync(string userName, string role, int? networkId = null, string? email = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = userName, NetworkId = networkId, Email = email };
        var created = await users.CreateAsync(user, "password-" + userName + "-1");
        if (!created.Succeeded) throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return (await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(user.Id, "test")).Plaintext;
    }

    public HttpClient ApiClient(string token)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
    }
}
