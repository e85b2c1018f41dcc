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
    public async Task A_net9_database_migrates_at_start_with_its_sessions_secrets_users_and_tokens_intact()
    {
        using var api = app.ApiClient(Net9Token);
        var health = await api.GetStringAsync("/health");
        Assert.Contains("40 sessions", health);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
            Assert.Contains(applied, m => m.EndsWith("_SentMails")); // the net9 install's last one
            Assert.Contains(applied, m => m.EndsWith("_RouterSshSecretsAndSmtpSecurity"));

            var session = await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == 40);
            Assert.Equal("Made by net9 main", session.Description);
            Assert.Equal("203.0.113.77", session.PeerIp);
            // The old key ring still decrypts what the old version encrypted.
            Assert.Equal("net9-Secret+1", scope.ServiceProvider.GetRequiredService<ISecretProtector>().Unprotect(session.Md5PasswordProtected!));
            Assert.Equal(32, await db.Networks.CountAsync());
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
