using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Users;

namespace PeeringHub.Tests.Infrastructure;

/// <summary>The real app in-process on its own temporary data directory (SQLite file, keys), with a known admin and token.</summary>
public class AppFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "admin-password-1";
    public const string AdminToken = "ph_bootstrap_token_for_tests_0001";
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "peeringhub-waf-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("PeeringHub:DataDirectory", DataDirectory);
        builder.UseSetting("PeeringHub:Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("PeeringHub:Bootstrap:ApiToken", AdminToken);
        builder.UseSetting("PeeringHub:SeedDemo", "true");
        // Many test hosts run at once; the sFlow tests start their own collectors on free ports.
        builder.UseSetting("PeeringHub:Sflow:Enabled", "false");
        Configure(builder);
    }

    /// <summary>More settings for a test class's app.</summary>
    protected virtual void Configure(IWebHostBuilder builder)
    {
    }

    /// <summary>Creates a user with a role (and a network for Members) and returns an API token for them.</summary>
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
        AppDataDirectory.Delete(DataDirectory);
    }
}
