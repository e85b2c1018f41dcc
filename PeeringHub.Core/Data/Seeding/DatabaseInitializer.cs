using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Settings;
using PeeringHub.Core.Users;

namespace PeeringHub.Core.Data.Seeding;

/// <summary>Brings a database to the current schema and, on first start, creates roles, the admin user, the bootstrap token and demo data.</summary>
public sealed class DatabaseInitializer(
    PeeringHubDbContext db, UserManager<AppUser> users, RoleManager<IdentityRole> roles, ApiTokenService tokens,
    DemoSeeder demo, IOptions<PeeringHubOptions> options, ILogger<DatabaseInitializer> log,
    DemoMode? demoMode = null, IEnumerable<IDemoDataStep>? demoSteps = null)
{
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        if (await DatabaseUpgradeBackup.CreateAsync(db, ct) is { } backup)
            log.LogInformation(backup.Kept
                ? "Kept the backup {Path} from an earlier start, made before these migrations: {Pending}"
                : "Backed up the database to {Path} before applying {Pending}", backup.Path, string.Join(", ", backup.Pending));
        await db.Database.MigrateAsync(ct);
        // WAL lets the poller write while pages read; the setting is stored in the database file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);

        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));

        if (await users.Users.AnyAsync(ct))
        {
            demoMode?.Set(options.Value.SeedDemo && await DemoMode.IsDemoDatabaseAsync(db, ct));
            return;
        }

        var admin = new AppUser { UserName = "admin", Email = "admin@peeringhub.local" };
        var configured = options.Value.Bootstrap.AdminPassword;
        var password = string.IsNullOrEmpty(configured) ? RandomPassword() : configured;
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
            throw new InvalidOperationException("Could not create the admin user: " + string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(admin, Roles.Admin);
        if (string.IsNullOrEmpty(configured))
            // Printed on purpose, once: it is the only way into a fresh install without configuration.
            Console.WriteLine($"\n*** PeeringHub: created user 'admin' with password: {password}\n*** Set PeeringHub:Bootstrap:AdminPassword to choose it. Shown only this once.\n");
        else
            log.LogInformation("Created user 'admin' with the configured bootstrap password");

        if (options.Value.Bootstrap.ApiToken is { Length: > 0 } token)
        {
            await tokens.CreateWithValueAsync(admin.Id, "bootstrap", token, ct);
            log.LogInformation("Created the bootstrap API token for 'admin'");
        }

        if (options.Value.SeedDemo && !await db.Networks.AnyAsync(ct))
        {
            await demo.SeedAsync(ct);
            foreach (var step in (demoSteps ?? []).OrderBy(s => s.Order))
                await step.RunAsync(ct);
        }
        demoMode?.Set(options.Value.SeedDemo && await DemoMode.IsDemoDatabaseAsync(db, ct));
    }

    static string RandomPassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'x').Replace('/', 'y') + "-9aZ";
}
