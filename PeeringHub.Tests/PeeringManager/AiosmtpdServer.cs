using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PeeringHub.Tests.PeeringManager;

/// <summary>
/// A real SMTP server: Debian's aiosmtpd on a free loopback port, stopped by process id. Debian's python3 is used because the pyenv
/// one lacks the module. aiosmtpd 1.4's Debugging handler does not print the envelope, and Bcc only exists there, so a
/// six-line handler (passed with --class) prints X-MailFrom/X-RcptTo before the message.
/// </summary>
public sealed class AiosmtpdServer : IAsyncDisposable
{
    const string Begin = "---------- MESSAGE FOLLOWS ----------";
    const string End = "------------ END MESSAGE ------------";
    readonly Process process;
    readonly List<string> messages = [];
    readonly StringBuilder current = new();
    readonly StringBuilder all = new();
    bool inMessage;

    public int Port { get; }

    AiosmtpdServer(int port, Process process) => (Port, this.process) = (port, process);

    /// <summary>Starts a plain server; with <paramref name="options"/>, one offering STARTTLS and/or requiring AUTH, or refusing a recipient.</summary>
    public static async Task<AiosmtpdServer> StartAsync(AiosmtpdOptions? options = null)
    {
        var port = FreePort();
        // -u: unbuffered stdout, so each message is readable as soon as it arrives.
        string[] args = options is null
            ? ["-u", "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "--class", "ph_envelope_handler.EnvelopePrinter"]
            : ["-u", "-m", "ph_smtp_server", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), .. options.Arguments()];
        var start = new ProcessStartInfo("/usr/bin/python3", args)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.Environment["PYTHONPATH"] = HandlerDirectory();
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start aiosmtpd");
        var server = new AiosmtpdServer(port, process);
        process.OutputDataReceived += (_, e) => server.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (server.all) server.all.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException("aiosmtpd exited: " + server.all);
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException("aiosmtpd did not listen within 15 s: " + server.all);
    }

    void OnLine(string? line)
    {
        if (line is null) return;
        lock (all)
        {
            all.AppendLine(line);
            if (line.StartsWith(Begin, StringComparison.Ordinal)) { inMessage = true; current.Clear(); return; }
            if (line.StartsWith(End, StringComparison.Ordinal)) { inMessage = false; messages.Add(current.ToString()); return; }
            if (inMessage) current.AppendLine(line);
        }
    }

    public int Count { get { lock (all) return messages.Count; } }

    /// <summary>Waits until at least <paramref name="count"/> messages arrived and returns the last one.</summary>
    public async Task<ReceivedMail> WaitForAsync(int count = 1)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            lock (all) if (messages.Count >= count) return ReceivedMail.Parse(messages[count - 1]);
            await Task.Delay(50);
        }
        throw new TimeoutException($"no message #{count} arrived; server output:\n{all}");
    }

    public ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        process.Dispose();
        return ValueTask.CompletedTask;
    }

    const string Handler = """
        class EnvelopePrinter:
            async def handle_DATA(self, server, session, envelope):
                text = envelope.content.decode('utf8', errors='replace').replace('\r\n', '\n').rstrip('\n')
                print('---------- MESSAGE FOLLOWS ----------\nX-MailFrom: ' + envelope.mail_from + '\nX-RcptTo: ' + ', '.join(envelope.rcpt_tos) + '\n' + text + '\n------------ END MESSAGE ------------', flush=True)
                return '250 Message accepted for delivery'
        """;

    // aiosmtpd's command line has no AUTH and no recipient refusal: a controller script with the same printing handler.
    const string Server = """
        import argparse, ssl, time
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult, LoginPassword
        from ph_envelope_handler import EnvelopePrinter
        p = argparse.ArgumentParser()
        p.add_argument('--port', type=int); p.add_argument('--cert'); p.add_argument('--key'); p.add_argument('--auth'); p.add_argument('--reject')
        a = p.parse_args()
        class Handler(EnvelopePrinter):
            async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
                if a.reject and address == a.reject:
                    return '550 5.1.1 <%s>: Recipient address rejected: User unknown' % address
                envelope.rcpt_tos.append(address)
                return '250 OK'
        def authenticator(server, session, envelope, mechanism, auth_data):
            user, pw = a.auth.split(':', 1)
            ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user and auth_data.password.decode() == pw
            return AuthResult(success=ok, handled=False)
        kw = {}
        if a.cert:
            ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            ctx.load_cert_chain(a.cert, a.key)
            kw['tls_context'] = ctx
        if a.auth:
            kw.update(authenticator=authenticator, auth_required=True, auth_require_tls=False)
        Controller(Handler(), hostname='127.0.0.1', port=a.port, **kw).start()
        while True:
            time.sleep(3600)
        """;

    static string HandlerDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "peeringhub-aiosmtpd-handler");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "ph_envelope_handler.py"), Handler);
        File.WriteAllText(Path.Combine(dir, "ph_smtp_server.py"), Server);
        return dir;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
