using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core;
using PeeringHub.Core.Audit;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;

namespace PeeringHub.Tests.Infrastructure;

/// <summary>
/// A running app's own SQLite database, opened by the test as a second process (WAL allows a second writer) after the app
/// migrated it: for what the API does not offer, such as users with a given role.
/// </summary>
public static class AppDatabase
{
    public static ServiceProvider Open(string dataDirectory)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddPeeringHubCore($"Data Source={Path.Combine(dataDirectory, "peeringhub.db")}");
        services.AddSingleton<ICurrentActor>(new FixedActor("browser-test"));
        // The app's password rules (AppServiceCollectionExtensions), so the user is one the app would accept too.
        services.AddIdentityCore<AppUser>(o => (o.Password.RequireUppercase, o.Password.RequireNonAlphanumeric, o.Password.RequiredLength) = (false, false, 10))
            .AddRoles<IdentityRole>().AddEntityFrameworkStores<PeeringHubDbContext>();
        return services.BuildServiceProvider();
    }

    public static async Task<AppUser> CreateUserAsync(IServiceProvider scope, AppUser user, string password, string role)
    {
        var users = scope.GetRequiredService<UserManager<AppUser>>();
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return user;
    }

    /// <summary>Adds a user with one role to the app in <paramref name="dataDirectory"/>.</summary>
    public static async Task CreateUserAsync(string dataDirectory, string userName, string password, string role)
    {
        await using var provider = Open(dataDirectory);
        await using var scope = provider.CreateAsyncScope();
        await CreateUserAsync(scope.ServiceProvider, new AppUser { UserName = userName }, password, role);
    }
}
