using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data;
using PeeringHub.Core.Security;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Upgrade;

/// <summary>An install made by the net9 version (see net9-main/README.md) opened by today's app: the migrations run at
/// start, and its data, users, tokens and secrets are all still there and usable.</summary>
[Trait("Kind", "Http")]
public sealed class Net9DatabaseUpgradeTests : IAsyncLifetime
{
    const string Net9Token = "ph_net9_migration_token_0000001";
    readonly AppFactory app = new();

    public async Task InitializeAsync()
    {
        // The host starts lazily, so the old install is in place before the app first opens its data directory. The old
        // database is kept as its sqlite3 .dump (text in git, not a binary file) and loaded back into a file here.
        var source = Path.Combine(RepoPaths.Root, "PeeringHub.Tests", "Upgrade", "net9-main");
        Directory.CreateDirectory(Path.Combine(app.DataDirectory, "keys"));
        await using (var db = new SqliteConnection($"Data Source={Path.Combine(app.DataDirectory, "peeringhub.db")};Pooling=False"))
        {
            await db.OpenAsync();
            await using var load = db.CreateCommand();
            load.CommandText = await File.ReadAllTextAsync(Path.Combine(source, "peeringhub.sql"));
            await load.ExecuteNonQueryAsync();
        }
        foreach (var key in Directory.GetFiles(Path.Combine(source, "keys")))
            File.Copy(key, Path.Combine(app.DataDirectory, "keys", Path.GetFileName(key)));
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_backup_left_by_a_start_that_stopped_mid_migration_is_kept_not_replaced()
    {
        // The copy an earlier start made of the untouched database; this start finds a half-migrated one.
        string last;
        await using (var design = new PeeringHubDbContext(new DbContextOptionsBuilder<PeeringHubDbContext>().UseSqlite("Data Source=:memory:").Options))
            last = design.Database.GetMigrations().Last();
        var earlier = Path.Combine(app.DataDirectory, $"peeringhub.db.before-{last}.bak");
        await File.WriteAllTextAsync(earlier, "the earlier start's copy");

        using var client = app.CreateClient();
        Assert.Contains("40 sessions", await client.GetStringAsync("/health"));
        Assert.Equal("the earlier start's copy", await File.ReadAllTextAsync(earlier));
        Assert.Single(Directory.GetFiles(app.DataDirectory, "*.bak"));
    }

    [Fact]
    public async Task A_new_database_is_not_copied()
    {
        await using var fresh = new AppFactory();
        using var client = fresh.CreateClient();
        Assert.Contains("Healthy", await client.GetStringAsync("/health"));
        Assert.Empty(Directory.GetFiles(fresh.DataDirectory, "*.bak"));
    }

    [Fact]
    public async Task A_net9_database_migrates_at_start_with_its_sessions_secrets_users_and_tokens_intact()
    {
        using var api = app.ApiClient(Net9Token);
        var health = await api.GetStringAsync("/health");
        Assert.Contains("40 sessions", health);

        List<string> applied;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
            Assert.Contains(applied, m => m.EndsWith("_SentMails")); // the net9 install's last one
            Assert.Contains(applied, m => m.EndsWith("_RouterSshSecretsAndSmtpSecurity"));

            var session = await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == 40);
            Assert.Equal("Made by net9 main", session.Description);
            Assert.Equal("203.0.113.77", session.PeerIp);
            // The old key ring still decrypts what the old version encrypted.
            Assert.Equal("net9-Secret+1", scope.ServiceProvider.GetRequiredService<ISecretProtector>().Unprotect(session.Md5PasswordProtected!));
            Assert.Equal(32, await db.Networks.CountAsync());
        }

        // The untouched net9 database was copied before the migrations ran (some rebuild tables outside a transaction), for
        // the owner's eyes only, and the copy is the old schema with all its data.
        var backup = Assert.Single(Directory.GetFiles(app.DataDirectory, "peeringhub.db.before-*.bak"));
        Assert.EndsWith(applied.Last() + ".bak", backup);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(backup));
        Assert.Empty(Directory.GetFiles(app.DataDirectory, "*.partial"));
        await using (var copy = new SqliteConnection($"Data Source={backup};Mode=ReadOnly;Pooling=False"))
        {
            await copy.OpenAsync();
            await using var read = copy.CreateCommand();
            read.CommandText = "SELECT (SELECT COUNT(*) FROM Sessions), (SELECT MAX(MigrationId) FROM __EFMigrationsHistory)";
            await using var row = await read.ExecuteReaderAsync();
            Assert.True(await row.ReadAsync());
            Assert.Equal(40, row.GetInt32(0));
            Assert.EndsWith("_SentMails", row.GetString(1));
        }

        // The net9 install's API token and admin password still work.
        var sessions = await api.GetFromJsonAsync<JsonElement>("/api/sessions?pageSize=100");
        Assert.Contains("203.0.113.77", sessions.GetRawText());
        using var browser = app.CreateClient(new() { AllowAutoRedirect = false });
        var login = await CookieLogin.PostLoginAsync(browser, "admin", "net9-admin-password");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/", login.Headers.Location?.OriginalString);
    }
}
