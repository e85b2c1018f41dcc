using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.PeeringManager;

namespace PeeringHub.Tests.PeeringManager;

/// <summary>Peering requests through a real SMTP server (aiosmtpd on loopback).</summary>
[Trait("Kind", "PeeringManager")]
public class PeeringRequestSmtpTests
{
    static readonly PeeringManagerCaller Alice = new("alice", "alice@as64500.example", IsStaff: true, NetworkId: null);

    sealed record Setup(PmTestDb Db, PmScenario S) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Db.DisposeAsync();

        public Task<PeeringManagerResult> SendAsync(PeeringRequestCommand c, PeeringManagerCaller? caller = null) =>
            Db.RunAsync(sp => sp.GetRequiredService<PeeringRequestService>().SendAsync(caller ?? Alice, c));

        public PeeringRequestCommand Request(bool confirm = false, bool markOnly = false, bool copy = false) => new()
        {
            NetworkId = S.Ours, LanId = S.LanId, PeerNetworkId = S.Rs, ConfirmRepeat = confirm, MarkOnly = markOnly, CopyToMeOnly = copy,
        };

        public Task<PeeringRelation?> RelationAsync() => Db.RunAsync(sp => sp.GetRequiredService<PeeringHubDbContext>().PeeringRelations.AsNoTracking()
            .Include(r => r.Requests).FirstOrDefaultAsync(r => r.ViewingNetworkId == S.Ours && r.PeerNetworkId == S.Rs));
    }

    static async Task<Setup> SetupAsync(int smtpPort, Action<PeeringManagerSettings>? configure = null)
    {
        var db = new PmTestDb();
        var s = await db.RunAsync(sp => PmScenario.SeedAsync(sp.GetRequiredService<PeeringHubDbContext>(), db.Clock.GetUtcNow().UtcDateTime));
        await db.RunAsync(async sp =>
        {
            var store = sp.GetRequiredService<PeeringManagerSettingsStore>();
            var settings = await store.GetAsync();
            (settings.SmtpHost, settings.SmtpPort, settings.MailFrom, settings.OrganisationName) = ("127.0.0.1", smtpPort, "peeringhub@as64500.example", "Our Org");
            configure?.Invoke(settings);
            await store.SaveAsync(sp.GetRequiredService<PeeringHubDbContext>(), settings, newSmtpPassword: null);
            return true;
        });
        return new Setup(db, s);
    }

    [Fact]
    public async Task Request_arrives_with_to_cc_bcc_subject_and_body_and_is_recorded()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var t = await SetupAsync(smtp.Port);

        var preview = await t.Db.RunAsync(sp => sp.GetRequiredService<PeeringRequestService>().PreviewAsync(Alice, t.S.Ours, t.S.LanId, t.S.Rs));
        Assert.False(preview.SentRecently);
        Assert.Equal(PmScenario.PolicyContact, preview.Draft!.To);

        var result = await t.SendAsync(t.Request());
        Assert.True(result.Succeeded, result.Message);
        var mail = await smtp.WaitForAsync();
        Assert.Contains(PmScenario.PolicyContact, mail.Header("To"));
        Assert.Contains(PmScenario.OurPeeringEmail, mail.Header("Cc"));
        Assert.Equal("", mail.Header("Bcc"));
        Assert.Equal([Alice.Email!, PmScenario.OurPeeringEmail, PmScenario.PolicyContact], mail.Recipients.Order());
        Assert.Equal("[Peering request] AS64501 RS Peer <> AS64500 Our Net", mail.Header("Subject"));
        Assert.Contains("AS-OURS", mail.Body);
        Assert.Contains("IPv4 100 / IPv6 20", mail.Body);
        Assert.Contains("AS64500: 192.0.2.1, 2001:db8::1", mail.Body);
        Assert.Contains("AS64501: 192.0.2.2, 2001:db8::2", mail.Body);

        var relation = await t.RelationAsync();
        Assert.StartsWith("### 2026-11-23 12:00 - alice Peering request sent", relation!.Notes);
        Assert.Equal(t.Db.Clock.Now.UtcDateTime, relation.LastRequestSentAt);
        Assert.Equal(1, relation.RequestCount);
        var logged = Assert.Single(relation.Requests);
        Assert.Equal(PmScenario.PolicyContact, logged.To);
        Assert.False(logged.TestMode);

        // Within 30 days: confirmation first, nothing sent; confirmed: sent and counted.
        t.Db.Clock.Now = t.Db.Clock.Now.AddDays(10);
        var again = await t.SendAsync(t.Request());
        Assert.Equal(PeeringManagerOutcome.NeedsConfirmation, again.Outcome);
        Assert.Contains("2026-11-23", again.Message);
        Assert.Equal(1, smtp.Count);
        Assert.True((await t.SendAsync(t.Request(confirm: true))).Succeeded);
        await smtp.WaitForAsync(2);
        Assert.Equal(2, (await t.RelationAsync())!.RequestCount);
    }

    [Fact]
    public async Task Test_mode_sends_only_to_the_test_address_and_records_note_and_date_only_when_switched_on()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var t = await SetupAsync(smtp.Port, s => (s.TestMode, s.TestAddress) = (true, "test@ix.example"));

        Assert.True((await t.SendAsync(t.Request())).Succeeded);
        var mail = await smtp.WaitForAsync();
        Assert.Equal(["test@ix.example"], mail.Recipients);
        Assert.StartsWith("[TEST] ", mail.Header("Subject"));
        Assert.Contains("would have gone to To: " + PmScenario.PolicyContact, mail.Body);
        var relation = await t.RelationAsync();
        Assert.Null(relation!.Notes);
        Assert.Null(relation.LastRequestSentAt);
        Assert.Equal(0, relation.RequestCount);
        Assert.True(Assert.Single(relation.Requests).TestMode);

        await t.Db.RunAsync(async sp =>
        {
            var store = sp.GetRequiredService<PeeringManagerSettingsStore>();
            var settings = await store.GetAsync();
            (settings.TestNote, settings.TestDate) = (true, true);
            await store.SaveAsync(sp.GetRequiredService<PeeringHubDbContext>(), settings, null);
            return true;
        });
        Assert.True((await t.SendAsync(t.Request())).Succeeded);
        Assert.Equal(["test@ix.example"], (await smtp.WaitForAsync(2)).Recipients);
        relation = await t.RelationAsync();
        Assert.StartsWith("### 2026-11-23 12:00 - alice Peering request sent", relation!.Notes);
        Assert.Equal(1, relation.RequestCount);
    }

    [Fact]
    public async Task Smtp_down_shows_an_error_and_records_nothing()
    {
        await using var t = await SetupAsync(AiosmtpdServer.FreePort());
        var result = await t.SendAsync(t.Request());
        Assert.Equal(PeeringManagerOutcome.SendFailed, result.Outcome);
        Assert.StartsWith("Cannot connect to the SMTP server", result.Message);
        Assert.Null(await t.RelationAsync());
    }

    [Fact]
    public async Task Mark_only_records_without_mailing_and_a_copy_to_me_mails_without_recording()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var t = await SetupAsync(smtp.Port);

        var copy = await t.SendAsync(t.Request(copy: true));
        Assert.True(copy.Succeeded, copy.Message);
        var sample = await smtp.WaitForAsync();
        Assert.Equal([Alice.Email!], sample.Recipients);
        Assert.StartsWith("[Sample] ", sample.Header("Subject"));
        Assert.Null(await t.RelationAsync());

        var marked = await t.SendAsync(t.Request(markOnly: true));
        Assert.True(marked.Succeeded);
        var relation = await t.RelationAsync();
        Assert.Equal(1, relation!.RequestCount);
        Assert.Contains("(marked, not mailed)", relation.Notes);
        Assert.True(Assert.Single(relation.Requests).MarkedOnly);
        await Task.Delay(300);
        Assert.Equal(1, smtp.Count);
    }

    [Fact]
    public async Task Member_cannot_send_for_another_network()
    {
        await using var t = await SetupAsync(AiosmtpdServer.FreePort());
        var member = new PeeringManagerCaller("m1", "m1@x.example", IsStaff: false, NetworkId: t.S.Plain);
        Assert.Equal(PeeringManagerOutcome.Forbidden, (await t.SendAsync(t.Request(), member)).Outcome);
    }
}
