using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Users;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.PeeringManager;

/// <summary>
/// The built app on Kestrel for the peering-manager browser tests, seeded with <see cref="PmScenario"/>, a Member user, and a
/// session on a (disabled) router of ours to a peer outside the exchange for the session Email action; mail goes to a real
/// aiosmtpd on loopback. App and SMTP server are stopped by process id.
/// </summary>
public sealed class PmRunningApp : IAsyncLifetime
{
    public const string AdminPassword = "browser-admin-pw-1";
    public const string MemberUser = "pm-browser-member";
    public const string MemberPassword = "member-password-42";
    readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "peeringhub-pm-e2e-" + Guid.NewGuid().ToString("N"));
    readonly List<string> log = [];
    Process? process;
    public string BaseUrl { get; private set; } = "";
    public PmScenario S { get; private set; } = default!;
    public string MemberToken { get; private set; } = "";
    public AiosmtpdServer Smtp { get; private set; } = default!;
    public int MailSessionId { get; private set; }
    public int MailPeerId { get; private set; }
    public const string MailPeerNoc = "noc@as64504.example";

    public async Task InitializeAsync()
    {
        Smtp = await AiosmtpdServer.StartAsync();
        BaseUrl = $"http://127.0.0.1:{AiosmtpdServer.FreePort()}";
        var start = new ProcessStartInfo(RepoPaths.AppExecutable, ["--urls", BaseUrl])
        {
            WorkingDirectory = RepoPaths.AppDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // The app is killed by process id at the end; without the runtime's diagnostics it leaves no IPC sockets in /tmp.
        start.Environment["DOTNET_EnableDiagnostics"] = "0";
        start.Environment["PeeringHub__DataDirectory"] = dataDirectory;
        start.Environment["PeeringHub__SeedDemo"] = "false";
        start.Environment["PeeringHub__Bootstrap__AdminPassword"] = AdminPassword;
        start.Environment["PeeringHub__PeeringManager__SmtpHost"] = "127.0.0.1";
        start.Environment["PeeringHub__PeeringManager__SmtpPort"] = Smtp.Port.ToString();
        start.Environment["PeeringHub__PeeringManager__MailFrom"] = "noc@as64500.example";
        process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + RepoPaths.AppExecutable);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.Add(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.Add(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitHealthyAsync();
        await SeedAsync();
    }

    async Task WaitHealthyAsync()
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process!.HasExited) throw new InvalidOperationException("The app exited: " + Log);
            try
            {
                if ((await http.GetAsync(BaseUrl + "/health")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("The app did not become healthy in 90 s: " + Log);
    }

    // The app has migrated the database by now; the test writes its scenario next to it (SQLite WAL allows a second writer process).
    async Task SeedAsync()
    {
        await using var provider = AppDatabase.Open(dataDirectory);
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
        var now = DateTime.UtcNow;
        S = await PmScenario.SeedAsync(db, now);
        // In the peering matrix too (sFlow evidence and the matrix page read this flag; the peering manager does not).
        (await db.PeeringLans.SingleAsync(l => l.Id == S.LanId)).PeeringMatrixEnabled = true;
        // A request sent 5 days ago: asking again must show the <30-day warning.
        db.PeeringRelations.Add(new PeeringRelation { ViewingNetworkId = S.Ours, PeerNetworkId = S.Detected, PeeringLanId = S.LanId, LastRequestSentAt = now.AddDays(-5), RequestCount = 1 });
        await db.SaveChangesAsync();
        await SeedMailSessionAsync(db);
        var member = await AppDatabase.CreateUserAsync(scope.ServiceProvider, new AppUser { UserName = MemberUser, NetworkId = S.Plain, Email = "member@as64503.example" }, MemberPassword, Roles.Member);
        MemberToken = (await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(member.Id, "browser")).Plaintext;
    }

    // Outside the exchange, so the peering-manager tabs of the other tests stay as PmScenario describes them.
    async Task SeedMailSessionAsync(PeeringHubDbContext db)
    {
        var peer = new Network { Asn = 64504, Name = "Mail Peer", NocEmail = MailPeerNoc };
        var router = new Router { Name = "mail-rtr", Transport = RouterTransport.Local, Address = "/nonexistent/bird.ctl", LocalAsn = 64500, NetworkId = S.Ours, Enabled = false };
        var session = new BgpSession { Type = SessionType.Private, Router = router, PeerNetwork = peer, PeerAsn = 64504, PeerIp = "203.0.113.4", AddressFamily = 4 };
        db.AddRange(peer, router, session);
        await db.SaveChangesAsync();
        (MailSessionId, MailPeerId) = (session.Id, peer.Id);
    }

    public string Log { get { lock (log) return string.Join('\n', log.TakeLast(40)); } }

    public Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        process?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        AppDataDirectory.Delete(dataDirectory);
        return Smtp?.DisposeAsync().AsTask() ?? Task.CompletedTask;
    }
}
