using System.Net.Http.Json;
using System.Text.Json;
using PeeringHub.Tests.Infrastructure;
using PeeringHub.Tests.Routers.Lab;

namespace PeeringHub.Tests.Board;

/// <summary>
/// The app (no demo data) managing the BIRD router lab twice: "lab-ssh" over the lab's sshd and "lab-local" over the
/// router's control socket, each with the lab's 42 configured sessions, created through the REST API.
/// </summary>
public sealed class BoardLab : RunningApp
{
    public BirdLabFixture Lab { get; } = new();
    public int SshRouterId { get; private set; }
    public int LocalRouterId { get; private set; }

    protected override IEnumerable<(string Key, string Value)> ExtraEnvironment => [("PeeringHub__SeedDemo", "false")];

    public override async Task InitializeAsync()
    {
        await Lab.InitializeAsync();
        await base.InitializeAsync();
        using var api = Api();
        SshRouterId = await CreateRouterAsync(api, new
        {
            name = "lab-ssh", platform = "bird2", transport = 0, address = "127.0.0.1", sshPort = int.Parse(Lab.Env["SSH_PORT"]),
            sshUser = Lab.Env["LAB_USER"], sshPrivateKey = await File.ReadAllTextAsync(Lab.Env["SSH_KEY"]), localAsn = 64500, enabled = false,
        });
        var offered = await api.GetFromJsonAsync<JsonElement>($"/api/routers/{SshRouterId}/host-key");
        (await api.PostAsJsonAsync($"/api/routers/{SshRouterId}/host-key/accept", new { fingerprint = offered.GetProperty("fingerprint").GetString() })).EnsureSuccessStatusCode();
        LocalRouterId = await CreateRouterAsync(api, new
        {
            name = "lab-local", platform = "bird2", transport = 1, address = Path.Combine(Lab.Env["RTR_DIR"], "bird.ctl"), localAsn = 64500, enabled = false,
        });
        foreach (var router in new[] { SshRouterId, LocalRouterId })
            for (var peer = 1; peer <= RouterLabFixture.Peers; peer++)
                if (peer != Lab.Spare) foreach (var af in new[] { 4, 6 })
                    (await api.PostAsJsonAsync("/api/sessions", new
                    {
                        type = 1, routerId = router, peerAsn = 65000 + peer, peerIp = RouterLabFixture.PeerIp(peer, af), description = $"lab peer {peer} v{af}",
                    })).EnsureSuccessStatusCode();
        await SetEnabledAsync(api, SshRouterId, true);
        await SetEnabledAsync(api, LocalRouterId, true);
    }

    static async Task<int> CreateRouterAsync(HttpClient api, object router)
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

    /// <summary>Stops the lab's sshd and its connection processes (the multiplexed master would otherwise survive).</summary>
    public async Task StopSshdAsync()
    {
        // The listener first (else the app, which reconnects all the time, can get a new connection in between), then
        // its privileged children and every process of the lab's SSH user: the per-connection child that serves the
        // app's ControlMaster runs as that user and outlives its privileged parent while sessions are open on it,
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
