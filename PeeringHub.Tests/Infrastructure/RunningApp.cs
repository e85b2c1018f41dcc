using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PeeringHub.Tests.Infrastructure;

/// <summary>The built app running on Kestrel at 127.0.0.1 with its own data directory; stopped (by process id) on dispose.</summary>
public class RunningApp : IAsyncLifetime
{
    public const string AdminPassword = "browser-admin-pw-1";
    public const string ApiToken = "ph_browser_bootstrap_token_0001";
    readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "peeringhub-e2e-" + Guid.NewGuid().ToString("N"));
    Process? process;
    readonly List<string> log = [];
    public string BaseUrl { get; private set; } = "";
    /// <summary>The app's data directory; its SQLite file is <c>peeringhub.db</c> (tests may add reference rows to it).</summary>
    public string DataDirectory => dataDirectory;

    public virtual async Task InitializeAsync()
    {
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo(RepoPaths.AppExecutable, ["--urls", BaseUrl])
        {
            WorkingDirectory = RepoPaths.AppDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        // The app is killed by process id at the end; without the runtime's diagnostics it leaves no IPC sockets in /tmp.
        start.Environment["DOTNET_EnableDiagnostics"] = "0";
        start.Environment["PeeringHub__DataDirectory"] = dataDirectory;
        start.Environment["PeeringHub__Bootstrap__AdminPassword"] = AdminPassword;
        start.Environment["PeeringHub__Bootstrap__ApiToken"] = ApiToken;
        start.Environment["PeeringHub__Sflow__Enabled"] = "false";
        // The router labs run sshd on 127.0.0.1; loopback router addresses are refused unless a server allows them.
        start.Environment["PeeringHub__AllowLoopbackRouters"] = "true";
        foreach (var (key, value) in ExtraEnvironment) start.Environment[key] = value;
        process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + RepoPaths.AppExecutable);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.Add(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.Add(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient();
        // Generous: on a 2-core CI several labs, apps and browsers start at once; a healthy start takes 2–3 s.
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException("The app exited: " + Log);
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

    /// <summary>More settings for a test's app, as environment variables (e.g. PeeringHub__SeedDemo).</summary>
    protected virtual IEnumerable<(string Key, string Value)> ExtraEnvironment => [];

    public HttpClient Api()
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", ApiToken);
        return client;
    }

    public string Log { get { lock (log) return string.Join('\n', log.TakeLast(120)); } }

    /// <summary>Writes everything the app logged to test-output/NAME-app.log and returns its path: <see cref="Log"/> keeps
    /// only the last lines, and a lab test's session reloads once filled them before the line that mattered.</summary>
    public string SaveLog(string name)
    {
        var path = Path.Combine(RepoPaths.OutputDirectory, name + "-app.log");
        lock (log) File.WriteAllLines(path, log);
        return path;
    }

    public virtual Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        process?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        AppDataDirectory.Delete(dataDirectory);
        return Task.CompletedTask;
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
