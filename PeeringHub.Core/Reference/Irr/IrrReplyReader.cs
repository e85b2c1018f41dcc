using System.Globalization;
using System.Text;

namespace PeeringHub.Core.Reference.Irr;

/// <summary>
/// Reads IRRd replies from a stream: <c>A&lt;len&gt;\n&lt;len bytes&gt;C\n</c>, <c>C\n</c>, <c>D\n</c>, <c>F &lt;error&gt;\n</c>.
/// The length prefix lets the reader tell a truncated reply (connection closed early) from a complete one.
/// </summary>
internal sealed class IrrReplyReader(Stream stream)
{
    private readonly byte[] _buf = new byte[64 * 1024];
    private int _start, _end;

    public async Task<IrrReply> ReadAsync(string command, CancellationToken ct)
    {
        var line = await ReadLineAsync(command, ct);
        if (line.Length == 0)
            throw new IrrException(IrrErrorKind.Protocol, $"IRR reply to '{command}': empty status line");
        switch (line[0])
        {
            case 'C': return new IrrReply(IrrReplyKind.Success, "");
            case 'D': return new IrrReply(IrrReplyKind.NotFound, "");
            case 'F': throw new IrrException(IrrErrorKind.ServerError, $"IRR server refused '{command}': {line[1..].Trim()}");
            case 'A':
                if (!int.TryParse(line.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var len) || len < 0)
                    throw new IrrException(IrrErrorKind.Protocol, $"IRR reply to '{command}': bad length line '{Shorten(line)}'");
                var data = await ReadExactAsync(len, command, ct);
                var end = await ReadLineAsync(command, ct);
                if (end != "C")
                    throw new IrrException(IrrErrorKind.Protocol, $"IRR reply to '{command}': expected 'C' after {len} data bytes, got '{Shorten(end)}'");
                return new IrrReply(IrrReplyKind.Data, data.TrimEnd('\n'));
            default:
                throw new IrrException(IrrErrorKind.Protocol, $"IRR reply to '{command}': unexpected status line '{Shorten(line)}'");
        }
    }

    private async Task<string> ReadLineAsync(string command, CancellationToken ct)
    {
        while (true)
        {
            var nl = Array.IndexOf(_buf, (byte)'\n', _start, _end - _start);
            if (nl >= 0)
            {
                var s = Encoding.UTF8.GetString(_buf, _start, nl - _start).TrimEnd('\r');
                _start = nl + 1;
                return s;
            }
            if (_start == 0 && _end == _buf.Length)
                throw new IrrException(IrrErrorKind.Protocol, $"IRR reply to '{command}': status line longer than {_buf.Length} bytes");
            if (await FillAsync(ct) == 0)
                throw new IrrException(IrrErrorKind.Truncated,
                    $"IRR reply to '{command}' truncated: connection closed " + (_end > _start ? "inside a status line" : "before a reply"));
        }
    }

    private async Task<string> ReadExactAsync(int len, string command, CancellationToken ct)
    {
        var result = new MemoryStream(Math.Min(len, 1 << 20));
        var remaining = len;
        while (remaining > 0)
        {
            if (_start == _end && await FillAsync(ct) == 0)
                throw new IrrException(IrrErrorKind.Truncated,
                    $"IRR reply to '{command}' truncated: announced {len} bytes, connection closed after {len - remaining}");
            var n = Math.Min(remaining, _end - _start);
            result.Write(_buf, _start, n);
            _start += n;
            remaining -= n;
        }
        return Encoding.UTF8.GetString(result.GetBuffer(), 0, (int)result.Length);
    }

    private async Task<int> FillAsync(CancellationToken ct)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buf, _start, _buf, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        var n = await stream.ReadAsync(_buf.AsMemory(_end), ct);
        _end += n;
        return n;
    }

    private static string Shorten(string s) => s.Length > 80 ? s[..80] + "…" : s;
}
