using System.Net.Http.Json;
using System.Text.Json;
using PeeringHub.Tests.Infrastructure;
using PeeringHub.Tests.Routers.Lab;

namespace PeeringHub.Tests.Board;

/// <summary>
/// The app (no demo data) managing a router lab of its own: a router over the lab's sshd (its host key accepted through
/// the API, as an operator would), any further routers a subclass adds, each with the lab's configured sessions created
/// through the REST API. The app is stopped before the lab is torn down.
/// </summary>
public abstract class BoardLabApp<TLab>(string sshRouterName) : RunningApp where TLab : RouterLabFixture, new()
{
    public TLab Lab { get; } = new();
    public string SshRouterName { get; } = sshRouterName;
    public int SshRouterId { get; private set; }

    // The lab's second router is reached through its control socket: Local transport on, for the lab's router folder only.
    protected override IEnumerable<(string Key, string Value)> ExtraEnvironment =>
    [
        ("PeeringHub__SeedDemo", "false"),
        ("PeeringHub__LocalTransport__Enabled", "true"),
        ("PeeringHub__LocalTransport__AllowedFolder", Lab.Env["RTR_DIR"]),
    ];

    /// <summary>Routers beyond the SSH one, created disabled; their ids.</summary>
    protected virtual Task<IReadOnlyList<int>> CreateMoreRoutersAsync(HttpClient api) => Task.FromResult<IReadOnlyList<int>>([]);

    public override async Task InitializeAsync()
    {
        await Lab.InitializeAsync();
        await base.InitializeAsync();
        using var api = Api();
        SshRouterId = await CreateRouterAsync(api, new
        {
            name = SshRouterName, platform = Lab.Platform, transport = 0, address = "127.0.0.1", sshPort = int.Parse(Lab.Env["SSH_PORT"]),
            sshUser = Lab.Env["LAB_USER"], sshPrivateKey = await File.ReadAllTextAsync(Lab.Env["SSH_KEY"]), localAsn = 64500, enabled = false,
        });
        var offered = await api.GetFromJsonAsync<JsonElement>($"/api/routers/{SshRouterId}/host-key");
        (await api.PostAsJsonAsync($"/api/routers/{SshRouterId}/host-key/accept", new { fingerprint = offered.GetProperty("fingerprint").GetString() })).EnsureSuccessStatusCode();
        List<int> routers = [SshRouterId, .. await CreateMoreRoutersAsync(api)];
        foreach (var router in routers)
            for (var peer = 1; peer <= RouterLabFixture.Peers; peer++)
                if (peer != Lab.Spare) foreach (var af in new[] { 4, 6 })
                    (await api.PostAsJsonAsync("/api/sessions", new
                    {
                        type = 1, routerId = router, peerAsn = 65000 + peer, peerIp = RouterLabFixture.PeerIp(peer, af), description = $"lab peer {peer} v{af}",
                    })).EnsureSuccessStatusCode();
        foreach (var router in routers) await SetEnabledAsync(api, router, true);
    }

    protected static async Task<int> CreateRouterAsync(HttpClient api, object router)
    {
        var response = await api.PostAsJsonAsync("/api/routers", router);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException(await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    static async Task SetEnabledAsync(HttpClient api, int id, bool enabled)
    {
        var r = await api.GetFromJsonAsync<JsonElement>($"/api/routers/{id}");
        var body = JsonSerializer.Deserialize<Dictionary<string, object?>>(r.GetRawText())!;
        body["enabled"] = enabled;
        (await api.PutAsJsonAsync($"/api/routers/{id}", body)).EnsureSuccessStatusCode();
    }

    /// <summary>Stops the lab's sshd and its connection processes (the app's kept-open connection would otherwise survive).</summary>
    public async Task StopSshdAsync()
    {
        // The listener first (else the app, which reconnects all the time, can get a new connection in between), then
        // its privileged children and every process of the lab's SSH user: the per-connection child that serves the
        // app's kept-open SSH connection runs as that user and outlives its privileged parent while sessions are open on it,
        // keeping the router reachable over the open connection (as a real "sshd stop" would too).
        var pid = Lab.Env["SSHD_PID"];
        var children = (await RouterLabFixture.Run("/usr/bin/pgrep", ["-P", pid])).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        await RouterLabFixture.Run("/bin/kill", ["-KILL", pid]);
        if (children.Length > 0) await RouterLabFixture.Run("/bin/kill", ["-KILL", .. children]);
        await RouterLabFixture.Run("/usr/bin/pkill", ["-KILL", "-u", Lab.Env["LAB_USER"]]);
    }

    public override async Task DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        finally
        {
            await Lab.DisposeAsync();
        }
    }
}
