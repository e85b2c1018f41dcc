using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PeeringHub.Core.Inventory;
using PeeringHub.Sflow.Decoding;
using PeeringHub.Sflow.Detection;

namespace PeeringHub.Sflow.Collector;

/// <summary>
/// Receives sFlow on UDP, runs the <see cref="SflowPipeline"/> on a dedicated thread, and on a timer publishes
/// changed pairs, flushes them to the database and prunes old pairs. The member directory is rebuilt as soon as
/// <see cref="LanMembershipFeed"/> reports a member or LAN change (and on a slow safety timer).
/// Flushes once more on shutdown. This class is the Sflow project's error boundary: database and socket failures are
/// logged and counted here, never allowed to stop reception.
/// </summary>
public sealed class SflowCollectorService(
    IOptions<SflowOptions> options, SflowPipeline pipeline, MemberDirectoryProvider directory,
    DetectedSessionStore store, TimeProvider time, ILogger<SflowCollectorService> logger,
    LanMembershipFeed? membership = null, IHostEnvironment? environment = null) : BackgroundService
{
    readonly SflowOptions _o = options.Value;
    readonly AgentAllowList _allow = new(options.Value.AgentAllowList);
    readonly AgentAllowList? _demoAgents = options.Value.DemoAgents.Count > 0 ? new(options.Value.DemoAgents) : null;
    readonly SemaphoreSlim _refreshSignal = new(0, 1);
    long _notAllowed;
    volatile bool _listening;
    DateTime? _lastFlush;
    string? _lastFlushError;
    readonly SemaphoreSlim _flushGate = new(1, 1);

    /// <summary>The port actually bound (differs from the option when it is 0).</summary>
    public int BoundPort { get; private set; }
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// In Production an empty allow-list accepts nothing (issue 16, finding 8: forged sFlow evidence) unless the operator opts
    /// out with <see cref="SflowOptions.AcceptAnyAgent"/>.
    /// </summary>
    public bool RejectsAllAgents => _allow.AllowsAll && !_o.AcceptAnyAgent && (environment?.IsProduction() ?? false);

    public SflowCollectorStatus GetStatus()
    {
        var agents = pipeline.Agents.Snapshot();
        var dir = pipeline.Directory;
        return new(
            _listening, BoundPort, pipeline.Decoder.Counters.Snapshot(), pipeline.Detection.Snapshot(),
            Interlocked.Read(ref _notAllowed), pipeline.Aggregator.Count, dir.AddressCount, directory.LoadedAt,
            pipeline.Pending.Waiting, pipeline.Pending.Credited, pipeline.Pending.Overwritten,
            _lastFlush, _lastFlushError, KernelUdpCounters.ReadIpv4RcvbufErrors(), KernelUdpCounters.ReadIpv6RcvbufErrors(),
            agents, Warnings(agents, dir));
    }

    /// <summary>What the operator must fix, as sentences.</summary>
    public IReadOnlyList<string> Warnings(IReadOnlyList<AgentStatus>? agents = null, MemberDirectory? dir = null)
    {
        var list = new List<string>();
        // A disabled collector receives nothing, so there is nothing to forge and nothing to allow.
        if (_o.Enabled && RejectsAllAgents)
            list.Add("The sFlow agent allow-list (PeeringHub:Sflow:AgentAllowList) is empty: in Production no datagram is accepted until it names your switches. " +
                     "Senders seen so far are listed under agents with their not-allowed counts." +
                     (_demoAgents is null ? "" : $" Only the demo's own sender ({string.Join(", ", _o.DemoAgents)}) is accepted."));
        else if (_o.Enabled && _allow.AllowsAll)
            list.Add("The sFlow agent allow-list is empty: datagrams from any sender are accepted, so anyone who can reach the collector port can forge peering evidence.");
        list.AddRange((dir ?? pipeline.Directory).Conflicts.Select(c => "Member directory: " + c));
        foreach (var a in agents ?? pipeline.Agents.Snapshot())
            if (a.HeaderHint is { } hint) list.Add($"Agent {a.Sender}: {hint}");
        return list;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_o.Enabled) { logger.LogInformation("sFlow collector disabled"); return; }
        pipeline.Pending.Window = _o.PendingWindow;
        if (RejectsAllAgents)
            logger.LogWarning("sFlow: the agent allow-list (PeeringHub:Sflow:AgentAllowList) is empty; in Production no datagram is accepted until it names the switches (or AcceptAnyAgent is set)");
        else if (_allow.AllowsAll)
            logger.LogWarning("sFlow: the agent allow-list is empty; datagrams from any sender are accepted");
        if (membership is not null) membership.Changed += OnMembershipChanged;
        await InitialLoadAsync(stoppingToken);
        Socket socket;
        try { socket = Bind(); }
        catch (SocketException e)
        {
            // a taken port must not stop the web app; the status shows Listening = false
            logger.LogError(e, "sFlow: cannot listen on {Address}:{Port}", _o.BindAddress, _o.Port);
            Started.TrySetException(e);
            return;
        }
        using var _ = socket;
        var receiver = Task.Factory.StartNew(() => ReceiveLoop(socket, stoppingToken), stoppingToken,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var refresher = RefreshOnChangeAsync(stoppingToken);
        Started.TrySetResult();
        try { await MaintainAsync(stoppingToken); }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { /* normal shutdown: flush below */ }
        finally
        {
            if (membership is not null) membership.Changed -= OnMembershipChanged;
            await receiver;
            await refresher;
            _listening = false;
            await FlushAsync(CancellationToken.None);
        }
    }

    /// <summary>Raised on the saving thread: only signal; the refresh runs on its own loop, several changes in a burst make one reload.</summary>
    void OnMembershipChanged()
    {
        try { _refreshSignal.Release(); }
        catch (SemaphoreFullException) { /* a reload is already due: it will see this change too */ }
    }

    async Task RefreshOnChangeAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try { await _refreshSignal.WaitAsync(ct); }
            catch (OperationCanceledException) { return; }
            await RefreshDirectoryAsync(ct);
        }
    }

    async Task InitialLoadAsync(CancellationToken ct)
    {
        try
        {
            await directory.RefreshAsync(ct);
            var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-_o.WindowDays);
            pipeline.Aggregator.Seed(await store.LoadAsync(cutoff, ct: ct));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "sFlow: loading members or detected sessions failed; receiving anyway, retrying on the refresh timer");
        }
    }

    Socket Bind()
    {
        var address = IPAddress.Parse(_o.BindAddress);
        var socket = new Socket(address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        if (address.AddressFamily == AddressFamily.InterNetworkV6) socket.DualMode = true;
        socket.ReceiveBufferSize = _o.ReceiveBufferBytes;
        if (socket.ReceiveBufferSize < _o.ReceiveBufferBytes) ForceReceiveBuffer(socket);
        // lets the receive thread notice cancellation without relying on Dispose to unblock recvfrom
        socket.ReceiveTimeout = 250;
        socket.Bind(new IPEndPoint(address, _o.Port));
        BoundPort = ((IPEndPoint)socket.LocalEndPoint!).Port;
        _listening = true;
        logger.LogInformation("sFlow collector on {Address}:{Port}, receive buffer {Buffer} bytes (requested {Requested})",
            address, BoundPort, socket.ReceiveBufferSize, _o.ReceiveBufferBytes);
        return socket;
    }

    /// <summary>
    /// SO_RCVBUF is capped by net.core.rmem_max; SO_RCVBUFFORCE (Linux, CAP_NET_ADMIN) is not. A bigger buffer rides out
    /// scheduling gaps of the receive thread on a busy host, which is where loss comes from at high rates.
    /// </summary>
    void ForceReceiveBuffer(Socket socket)
    {
        const int SolSocket = 1, SoRcvbufForce = 33;
        if (!OperatingSystem.IsLinux()) return;
        try { socket.SetRawSocketOption(SolSocket, SoRcvbufForce, BitConverter.GetBytes(_o.ReceiveBufferBytes)); }
        catch (SocketException e)
        {
            logger.LogWarning("sFlow: receive buffer capped at {Size} bytes by net.core.rmem_max and SO_RCVBUFFORCE was refused ({Error}); raise rmem_max for high rates",
                socket.ReceiveBufferSize, e.SocketErrorCode);
        }
    }

    void ReceiveLoop(Socket socket, CancellationToken ct)
    {
        var buffer = GC.AllocateUninitializedArray<byte>(65536, pinned: true);
        var from = new SocketAddress(socket.AddressFamily);
        var rejectAll = RejectsAllAgents;
        while (!ct.IsCancellationRequested)
        {
            int n;
            try { n = socket.ReceiveFrom(buffer, SocketFlags.None, from); }
            catch (SocketException e) when (e.SocketErrorCode is SocketError.TimedOut or SocketError.WouldBlock) { continue; }
            var sender = AgentAllowList.FromSocketAddress(from);
            var now = time.GetUtcNow().UtcDateTime;
            if ((rejectAll || !_allow.AllowsAll && !_allow.Allows(sender)) && !(_demoAgents?.Allows(sender) ?? false))
            {
                Interlocked.Increment(ref _notAllowed);
                pipeline.NotAllowed(sender, now);
                continue;
            }
            pipeline.Process(buffer.AsSpan(0, n), now, sender);
        }
    }

    async Task MaintainAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(_o.PublishInterval, time);
        var nextFlush = time.GetUtcNow() + _o.FlushInterval;
        var nextRefresh = time.GetUtcNow() + _o.DirectoryRefreshInterval;
        while (await timer.WaitForNextTickAsync(ct))
        {
            PublishChanges();
            var now = time.GetUtcNow();
            if (now >= nextFlush) { await FlushAsync(ct); nextFlush = now + _o.FlushInterval; }
            if (now >= nextRefresh) { await RefreshDirectoryAsync(ct); nextRefresh = now + _o.DirectoryRefreshInterval; }
        }
    }

    void PublishChanges()
    {
        try { pipeline.Aggregator.PublishChanges(); }
        catch (Exception e)
        {
            // a failing subscriber (a page) must not stop collection
            logger.LogError(e, "sFlow: a PairsChanged subscriber threw");
        }
    }

    /// <summary>Writes pairs changed since the last flush and prunes pairs older than the window. Safe to call any time.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        await _flushGate.WaitAsync(ct);
        var dirty = pipeline.Aggregator.TakeDirtyForFlush();
        try
        {
            await store.SaveAsync(dirty, ct);
            _lastFlush = time.GetUtcNow().UtcDateTime;
            _lastFlushError = null;
            pipeline.Aggregator.Prune(_lastFlush.Value.AddDays(-_o.WindowDays));
        }
        catch (OperationCanceledException)
        {
            pipeline.Aggregator.MarkDirty(dirty.Select(p => p.Key));
            throw;
        }
        catch (Exception e)
        {
            pipeline.Aggregator.MarkDirty(dirty.Select(p => p.Key));
            _lastFlushError = e.Message;
            logger.LogError(e, "sFlow: writing {Count} detected pairs failed; kept for the next flush", dirty.Count);
        }
        finally { _flushGate.Release(); }
    }

    async Task RefreshDirectoryAsync(CancellationToken ct)
    {
        try { await directory.RefreshAsync(ct); }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { /* shutting down */ }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "sFlow: refreshing the member directory failed; keeping the previous one");
        }
    }
}
