using System.Net.Sockets;
using System.Text;

namespace PeeringHub.Core.Reference.Irr;

/// <summary>
/// One persistent IRRd whois connection (<c>!!</c> mode) with a per-reply timeout. Not thread-safe: one query at a time,
/// which is what the protocol allows on a connection anyway.
/// </summary>
public sealed class IrrWhoisClient : IAsyncDisposable
{
    private readonly TcpClient _tcp;
    private readonly NetworkStream _stream;
    private readonly IrrReplyReader _reader;
    private readonly TimeSpan _timeout;

    private IrrWhoisClient(TcpClient tcp, TimeSpan timeout)
    {
        _tcp = tcp;
        _stream = tcp.GetStream();
        _reader = new IrrReplyReader(_stream);
        _timeout = timeout;
    }

    /// <summary>Connects, switches to persistent mode and selects <paramref name="sources"/> (empty = server default).</summary>
    public static async Task<IrrWhoisClient> ConnectAsync(string host, int port, IReadOnlyList<string> sources, TimeSpan timeout, CancellationToken ct = default)
    {
        var tcp = new TcpClient { NoDelay = true };
        using (var cts = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            cts.CancelAfter(timeout);
            try
            {
                await tcp.ConnectAsync(host, port, cts.Token);
            }
            catch (SocketException ex)
            {
                tcp.Dispose();
                throw new IrrException(IrrErrorKind.Connect, $"cannot connect to IRR server {host}:{port}: {ex.Message}", ex);
            }
            catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
            {
                tcp.Dispose();
                throw new IrrException(IrrErrorKind.Connect, $"cannot connect to IRR server {host}:{port} within {timeout.TotalSeconds:0.#} s", ex);
            }
        }
        var client = new IrrWhoisClient(tcp, timeout);
        // "!!" has no reply; it keeps the connection open across queries.
        await client.SendAsync("!!", ct);
        if (sources.Count > 0)
            await client.SetSourcesAsync(sources, ct);
        return client;
    }

    /// <summary><c>!s&lt;list&gt;</c>: an unknown source comes back as "F …" and raises <see cref="IrrErrorKind.ServerError"/>.</summary>
    public Task SetSourcesAsync(IReadOnlyList<string> sources, CancellationToken ct = default) =>
        QueryAsync("!s" + string.Join(',', sources), ct);

    /// <summary><c>!s-lc</c>: the currently selected sources.</summary>
    public async Task<IReadOnlyList<string>> GetSourcesAsync(CancellationToken ct = default) =>
        (await QueryAsync("!s-lc", ct)).Data.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary><c>!i&lt;set&gt;,1</c>: recursive member ASNs (the server resolves nesting and loops). Null = no such set.</summary>
    public async Task<IReadOnlyList<string>?> ExpandSetAsync(string set, CancellationToken ct = default)
    {
        var r = await QueryAsync($"!i{set},1", ct);
        return r.Kind == IrrReplyKind.NotFound ? null : r.Tokens;
    }

    /// <summary><c>!gAS&lt;n&gt;</c> / <c>!6AS&lt;n&gt;</c>: route(6) prefixes originated by one ASN.</summary>
    public async Task<IReadOnlyList<string>> RoutesByOriginAsync(long asn, bool ipv6, CancellationToken ct = default) =>
        (await QueryAsync($"!{(ipv6 ? '6' : 'g')}AS{asn}", ct)).Tokens;

    /// <summary><c>!a4&lt;set&gt;</c> / <c>!a6&lt;set&gt;</c>: the server's aggregated prefixes of a set or ASN.</summary>
    public async Task<IReadOnlyList<string>> AggregateAsync(string setOrAsn, bool ipv6, CancellationToken ct = default) =>
        (await QueryAsync($"!a{(ipv6 ? '6' : '4')}{setOrAsn}", ct)).Tokens;

    /// <summary>Sends one command and reads its reply within the timeout.</summary>
    public async Task<IrrReply> QueryAsync(string command, CancellationToken ct = default)
    {
        if (command.Contains('\n') || command.Contains('\r'))
            throw new IrrException(IrrErrorKind.InvalidName, "IRR command must be a single line");
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(_timeout);
        try
        {
            await SendAsync(command, cts.Token);
            return await _reader.ReadAsync(command, cts.Token);
        }
        catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
        {
            // After a timeout the reply may still arrive and would be read as the answer to the next query; the
            // connection is unusable, so close it.
            _tcp.Close();
            throw new IrrException(IrrErrorKind.Timeout, $"IRR query '{command}' got no complete reply within {_timeout.TotalSeconds:0.#} s", ex);
        }
        catch (IOException ex)
        {
            throw new IrrException(IrrErrorKind.Truncated, $"IRR connection lost during '{command}': {ex.Message}", ex);
        }
    }

    private async Task SendAsync(string command, CancellationToken ct)
    {
        await _stream.WriteAsync(Encoding.ASCII.GetBytes(command + "\n"), ct);
        await _stream.FlushAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_tcp.Connected)
        {
            try
            {
                await _stream.WriteAsync("!q\n"u8.ToArray());
            }
            catch (IOException)
            {
                // The peer already closed; "!q" is only a courtesy.
            }
        }
        _tcp.Dispose();
    }
}
