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
        await db.RunAsync(async sp =>
        {
            var store = sp.GetRequiredService<PeeringManagerSettingsStore>();
            var settings = await store.GetAsync();
            (settings.SmtpHost, settings.SmtpPort, settings.MailFrom) = ("127.0.0.1", smtp.Port, "noc@as64500.example");
            await store.SaveAsync(sp.GetRequiredService<PeeringHubDbContext>(), settings, null);
            return true;
        });

        Task<MailDraft?> Compose(MailPurpose purpose, int peer, PeeringManagerCaller? caller = null) =>
            db.RunAsync(sp => sp.GetRequiredService<PeerMailService>().ComposeAsync(caller ?? Bob, s.Ours, peer, purpose));

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

        var sent = await db.RunAsync(sp => sp.GetRequiredService<PeerMailService>().SendAsync(Bob, s.Ours, maintenance));
        Assert.True(sent.Succeeded, sent.Message);
        var mail = await smtp.WaitForAsync();
        Assert.Equal([Bob.Email!, "noc@as64500.example", "noc@as64501.example"], mail.Recipients.Order());
        Assert.Contains("192.0.2.2", mail.Body);
    }
}
