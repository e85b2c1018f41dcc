using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Mail;
using PeeringHub.Core.PeeringManager;

namespace PeeringHub.Tests.PeeringManager;

/// <summary>The MailKit sender and the test mail against real aiosmtpd servers: plain, STARTTLS with a self-signed
/// certificate, AUTH, refused recipients, a server that is down, and drafts that must never reach a server.</summary>
[Trait("Kind", "PeeringManager")]
public sealed class SmtpMailTests : IDisposable
{
    readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("ph-smtp-");

    public void Dispose() => dir.Delete(recursive: true);

    static MailDraft Draft(string subject = "Peering with AS64500 – Zürich") => new()
    {
        From = "ignored@as64500.example", To = "noc@peer.example, peering@peer.example", Cc = "cc@peer.example", Bcc = "archive@as64500.example",
        Subject = subject, Body = "Grüße from AS64500.\nSecond line.",
    };

    static async Task<(PmTestDb Db, PeeringManagerSettings Settings)> SetupAsync(int port, Action<PeeringManagerSettings>? configure = null,
        string? password = null, IDictionary<string, string?>? config = null)
    {
        var db = new PmTestDb(config);
        var settings = await db.RunAsync(async sp =>
        {
            var store = sp.GetRequiredService<PeeringManagerSettingsStore>();
            var s = await store.GetAsync();
            (s.SmtpHost, s.SmtpPort, s.MailFrom, s.OrganisationName, s.SmtpSecurity, s.SmtpTimeoutSeconds) =
                ("127.0.0.1", port, "peeringhub@as64500.example", "Our Org", SmtpSecurity.None, 10);
            configure?.Invoke(s);
            await store.SaveAsync(sp.GetRequiredService<PeeringHubDbContext>(), s, newSmtpPassword: password);
            return await store.GetAsync();
        });
        return (db, settings);
    }

    static Task<MailSendResult> Send(PmTestDb db, PeeringManagerSettings s, MailDraft d) =>
        db.RunAsync(sp => sp.GetRequiredService<SmtpMailSender>().SendAsync(d, s));

    [Fact]
    public async Task Plain_ArrivesWithFromIdentity_Recipients_MessageId_Utf8_AndTheServerAnswer()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        var (db, s) = await SetupAsync(smtp.Port);
        await using var _ = db;
        var r = await Send(db, s, Draft());
        Assert.True(r.Sent, r.Error);
        Assert.Contains("accepted", r.ServerReply, StringComparison.OrdinalIgnoreCase);
        var mail = await smtp.WaitForAsync();
        Assert.Equal("Our Org <peeringhub@as64500.example>", mail.Header("From"));
        Assert.Equal("peeringhub@as64500.example", mail.Header("X-MailFrom"));
        Assert.Equal(["noc@peer.example", "peering@peer.example", "cc@peer.example", "archive@as64500.example"], mail.Recipients);
        Assert.DoesNotContain("archive", mail.Header("Cc") + mail.Header("To"));
        Assert.Equal($"<{r.MessageId}>", mail.Header("Message-ID"));
        Assert.Equal("Peering with AS64500 – Zürich", MimeKit.Utils.Rfc2047.DecodeText(Encoding.ASCII.GetBytes(mail.Header("Subject"))));
        Assert.Contains("utf-8", mail.Header("Content-Type"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Grüße from AS64500.\nSecond line.", mail.Body.Trim());
    }

    [Theory]
    [InlineData("Hello\r\nBcc: victim@example.org")]
    [InlineData("Hello\nX-Injected: yes")]
    public async Task SubjectWithLineBreak_ClearValidationError_NothingSent(string subject)
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        var (db, s) = await SetupAsync(smtp.Port);
        await using var _ = db;
        var r = await Send(db, s, Draft(subject));
        Assert.False(r.Sent);
        Assert.True(r.InvalidDraft);
        Assert.Equal("Subject: must be one line (it contains a line break).", r.Error);
        await Task.Delay(300);
        Assert.Equal(0, smtp.Count);
    }

    [Theory]
    [InlineData("To", "not an address")]
    [InlineData("Cc", "a@b.example, x@y\r\nBcc: z@evil.example")]
    [InlineData("Bcc", "@nodomain")]
    public async Task BadAddress_ClearValidationError(string field, string value)
    {
        var (db, s) = await SetupAsync(AiosmtpdServer.FreePort());
        await using var _ = db;
        var d = Draft();
        if (field == "To") d.To = value; else if (field == "Cc") d.Cc = value; else d.Bcc = value;
        var r = await Send(db, s, d);
        Assert.True(r.InvalidDraft);
        Assert.StartsWith(field + ":", r.Error);
    }

    [Fact]
    public async Task ServerDown_ClearError()
    {
        var (db, s) = await SetupAsync(AiosmtpdServer.FreePort());
        await using var _ = db;
        var r = await Send(db, s, Draft());
        Assert.False(r.Sent);
        Assert.Contains("Cannot connect to the SMTP server 127.0.0.1", r.Error);
        Assert.Contains("refused", r.Error);
    }

    [Fact]
    public async Task StartTls_SelfSignedCertificateTrustedByFingerprint_Arrives_UntrustedIsAClearError()
    {
        var (cert, key, sha) = await SelfSignedAsync();
        await using var smtp = await AiosmtpdServer.StartAsync(new AiosmtpdOptions(cert, key));
        var (untrustedDb, untrusted) = await SetupAsync(smtp.Port, s => s.SmtpSecurity = SmtpSecurity.StartTlsRequired);
        await using (untrustedDb)
        {
            var refused = await Send(untrustedDb, untrusted, Draft());
            Assert.False(refused.Sent);
            Assert.Contains("TLS with the SMTP server", refused.Error);
        }
        var (db, s) = await SetupAsync(smtp.Port, s => s.SmtpSecurity = SmtpSecurity.StartTlsRequired,
            config: new Dictionary<string, string?> { ["PeeringHub:Mail:TrustedCertificateSha256:0"] = sha });
        await using var _ = db;
        var r = await Send(db, s, Draft());
        Assert.True(r.Sent, r.Error);
        Assert.Equal(1, (await smtp.WaitForAsync()).Recipients.Count(x => x == "noc@peer.example"));
        Assert.Equal(1, smtp.Count);
    }

    [Fact]
    public async Task StartTlsRequired_ServerWithoutIt_ClearError_WhenAvailable_SendsPlain()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        var (db, s) = await SetupAsync(smtp.Port, s => s.SmtpSecurity = SmtpSecurity.StartTlsRequired);
        await using var _ = db;
        var r = await Send(db, s, Draft());
        Assert.Equal($"The SMTP server 127.0.0.1:{smtp.Port} does not offer STARTTLS, which the settings require; nothing was sent.", r.Error);
        s.SmtpSecurity = SmtpSecurity.StartTlsWhenAvailable;
        Assert.True((await Send(db, s, Draft())).Sent);
        await smtp.WaitForAsync(); // the server reports a message on its output after answering 250
        Assert.Equal(1, smtp.Count);
    }

    [Fact]
    public async Task Auth_GoodCredentialsSend_BadOnesAre535_NothingSent()
    {
        await using var smtp = await AiosmtpdServer.StartAsync(new AiosmtpdOptions(AuthUser: "relay", AuthPassword: "s3cret"));
        var (badDb, bad) = await SetupAsync(smtp.Port, s => s.SmtpUser = "relay", password: "wrong");
        await using (badDb)
        {
            var refused = await Send(badDb, bad, Draft());
            Assert.False(refused.Sent);
            Assert.Contains("refused the user name or password", refused.Error);
            Assert.Contains("535", refused.Error);
            Assert.DoesNotContain("wrong", refused.Error);
        }
        var (db, s) = await SetupAsync(smtp.Port, s => s.SmtpUser = "relay", password: "s3cret");
        await using var _ = db;
        Assert.NotEqual("s3cret", s.SmtpPasswordProtected); // encrypted at rest
        var r = await Send(db, s, Draft());
        Assert.True(r.Sent, r.Error);
        // The server prints a message after answering 250, so wait for it; a message from the refused try would be the first.
        var mail = await smtp.WaitForAsync();
        Assert.Contains("noc@peer.example", mail.Recipients);
        Assert.Equal(1, smtp.Count);
    }

    [Fact]
    public async Task RecipientRefused_ClearError_NothingSent()
    {
        await using var smtp = await AiosmtpdServer.StartAsync(new AiosmtpdOptions(RejectRecipient: "peering@peer.example"));
        var (db, s) = await SetupAsync(smtp.Port);
        await using var _ = db;
        var r = await Send(db, s, Draft());
        Assert.False(r.Sent);
        Assert.Contains("refused the recipient peering@peer.example: 550", r.Error);
        await Task.Delay(300);
        Assert.Equal(0, smtp.Count);
    }

    [Fact]
    public async Task TestMail_ArrivesWithIdentityAndSettingsInTheBody()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        var (db, _) = await SetupAsync(smtp.Port);
        await using var __ = db;
        var r = await db.RunAsync(sp => sp.GetRequiredService<TestMailService>().SendAsync("admin@as64500.example", "admin"));
        Assert.True(r.Sent, r.Error);
        var mail = await smtp.WaitForAsync();
        Assert.Equal("PeeringHub test mail", mail.Header("Subject"));
        Assert.Equal("admin@as64500.example", mail.Header("To"));
        Assert.Equal("Our Org <peeringhub@as64500.example>", mail.Header("From"));
        Assert.Contains($"sent by admin", mail.Body);
        Assert.Contains($"127.0.0.1:{smtp.Port} (None)", mail.Body);
        var bad = await db.RunAsync(sp => sp.GetRequiredService<TestMailService>().SendAsync("x\r\nBcc: y@z.example", "admin"));
        Assert.True(bad.InvalidDraft);
    }

    async Task<(string Cert, string Key, string Sha256)> SelfSignedAsync()
    {
        var cert = Path.Combine(dir.FullName, "cert.pem");
        var key = Path.Combine(dir.FullName, "key.pem");
        using var p = Process.Start(new ProcessStartInfo("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
            "-days", "1", "-subj", "/CN=127.0.0.1"]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        await p.WaitForExitAsync();
        Assert.Equal(0, p.ExitCode);
        using var x = X509Certificate2.CreateFromPemFile(cert, key);
        return (cert, key, Convert.ToHexString(SHA256.HashData(x.RawData)));
    }
}
