using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Mail;
using PeeringHub.Core.PeeringManager;

namespace PeeringHub.Tests.PeeringManager;

/// <summary>The Email action's purposes: the right PeeringDB role as To, and sending through real SMTP.</summary>
[Trait("Kind", "PeeringManager")]
public class PeerMailServiceTests
{
    static readonly PeeringManagerCaller Bob = new("bob", "bob@as64500.example", IsStaff: true, NetworkId: null);

    [Fact]
    public async Task Each_purpose_picks_its_contact_role_and_template_and_sends()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var db = new PmTestDb();
        var s = await db.RunAsync(sp => PmScenario.SeedAsync(sp.GetRequiredService<PeeringHubDbContext>(), db.Clock.GetUtcNow().UtcDateTime));
        await db.UseSmtpAsync(smtp.Port);

        Task<MailDraft?> Compose(MailPurpose purpose, int peer, PeeringManagerCaller? caller = null) =>
            db.RunAsync(sp => sp.GetRequiredService<PeerMailService>().ComposeAsync(caller ?? Bob, new PeerMailContext(s.Ours, peer, purpose)));

        Assert.Equal(PmScenario.PolicyContact, (await Compose(MailPurpose.PeeringRequest, s.Rs))!.To);
        var noc = (await Compose(MailPurpose.NocContact, s.Rs))!;
        Assert.Equal("noc@as64501.example", noc.To);
        Assert.Equal("noc@as64500.example", noc.Cc);
        Assert.StartsWith("AS64500 Our Net NOC contact", noc.Subject);
        // No Maintenance contact in PeeringDB: the NOC role is next.
        var maintenance = (await Compose(MailPurpose.MaintenanceNotice, s.Rs))!;
        Assert.Equal("noc@as64501.example", maintenance.To);
        Assert.StartsWith("Planned maintenance", maintenance.Subject);
        // Without a PeeringDB record, the network's own e-mail.
        Assert.Equal("peering@as64502.example", (await Compose(MailPurpose.PeeringRequest, s.Detected))!.To);
        Assert.Null(await Compose(MailPurpose.NocContact, s.Rs, new PeeringManagerCaller("m", null, false, s.Plain)));

        var sent = await db.RunAsync(sp => sp.GetRequiredService<PeerMailService>().SendAsync(Bob, new PeerMailContext(s.Ours, s.Rs, MailPurpose.MaintenanceNotice), maintenance));
        Assert.True(sent.Succeeded, sent.Message);
        var mail = await smtp.WaitForAsync();
        Assert.Equal([Bob.Email!, "noc@as64500.example", "noc@as64501.example"], mail.Recipients.Order());
        Assert.Contains("192.0.2.2", mail.Body);

        // Logged on the peer (no session: sent from outside a session page) with an audit entry.
        var logged = await db.RunAsync(sp => sp.GetRequiredService<PeeringHubDbContext>().SentMails.AsNoTracking().ToListAsync());
        var entry = Assert.Single(logged);
        (int?, int, MailPurpose, string, string, bool) seen = (entry.SessionId, entry.PeerNetworkId, entry.Purpose, entry.To, entry.SentBy, entry.TestMode);
        Assert.Equal((null, s.Rs, MailPurpose.MaintenanceNotice, "noc@as64501.example", "bob", false), seen);
        var audit = await db.RunAsync(sp => sp.GetRequiredService<PeeringHubDbContext>().AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "Email"));
        Assert.Equal(("bob", "Network", s.Rs.ToString(), "AS64501 RS Peer"), (audit.User, audit.ObjectType, audit.ObjectId, audit.ObjectName));
        Assert.Contains("noc@as64501.example", audit.After);
    }

    [Fact]
    public async Task A_mail_that_was_not_sent_or_names_another_peers_session_is_not_logged()
    {
        await using var db = new PmTestDb();
        var s = await db.RunAsync(sp => PmScenario.SeedAsync(sp.GetRequiredService<PeeringHubDbContext>(), db.Clock.GetUtcNow().UtcDateTime));
        var sessionWithRs = await db.RunAsync(async sp =>
        {
            var context = sp.GetRequiredService<PeeringHubDbContext>();
            var store = sp.GetRequiredService<PeeringManagerSettingsStore>();
            var settings = await store.GetAsync();
            (settings.SmtpHost, settings.SmtpPort) = ("127.0.0.1", AiosmtpdServer.FreePort());
            await store.SaveAsync(context, settings, null);
            var session = new BgpSession { Router = new Router { Name = "r1", Address = "/x", LocalAsn = 64500, NetworkId = s.Ours }, PeerNetworkId = s.Rs, PeerAsn = 64501, PeerIp = "192.0.2.2", AddressFamily = 4, PeeringLanId = s.LanId };
            context.Sessions.Add(session);
            await context.SaveChangesAsync();
            return session.Id;
        });
        var draft = new MailDraft { From = "noc@as64500.example", To = "noc@as64501.example", Subject = "s", Body = "b" }; // the RS peer's PeeringDB NOC contact

        var wrongPeer = await db.RunAsync(sp => sp.GetRequiredService<PeerMailService>().SendAsync(Bob, new PeerMailContext(s.Ours, s.Detected, MailPurpose.NocContact, sessionWithRs), draft));
        Assert.Equal((PeeringManagerOutcome.Invalid, "The session no longer exists or is not with this peer."), (wrongPeer.Outcome, wrongPeer.Message));
        var smtpDown = await db.RunAsync(sp => sp.GetRequiredService<PeerMailService>().SendAsync(Bob, new PeerMailContext(s.Ours, s.Rs, MailPurpose.NocContact, sessionWithRs), draft));
        Assert.Equal(PeeringManagerOutcome.SendFailed, smtpDown.Outcome);
        Assert.StartsWith("Cannot connect to the SMTP server", smtpDown.Message);

        Assert.Equal(0, await db.RunAsync(sp => sp.GetRequiredService<PeeringHubDbContext>().SentMails.CountAsync()));
        Assert.Equal(0, await db.RunAsync(sp => sp.GetRequiredService<PeeringHubDbContext>().AuditEntries.CountAsync(a => a.Action == "Email")));
    }
}
