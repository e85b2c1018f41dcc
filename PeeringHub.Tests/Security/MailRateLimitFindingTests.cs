using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Mail;
using PeeringHub.Core.PeeringManager;
using PeeringHub.Tests.PeeringManager;

namespace PeeringHub.Tests.Security;

/// <summary>Finding 4 of the security test (issue 16) through the Email action itself: a user's mails per hour are capped.</summary>
[Trait("Kind", "PeeringManager")]
public class MailRateLimitFindingTests
{
    static readonly PeeringManagerCaller Bob = new("bob", "bob@as64500.example", IsStaff: true, NetworkId: null);
    static readonly PeeringManagerCaller Carol = new("carol", "carol@as64500.example", IsStaff: true, NetworkId: null);

    [Fact]
    public async Task Finding4_MemberCanSendAnyMailThroughOurSmtp_the_mail_after_the_hourly_limit_is_refused_and_not_sent()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var db = new PmTestDb();
        var s = await db.RunAsync(sp => PmScenario.SeedAsync(sp.GetRequiredService<PeeringHubDbContext>(), db.Clock.GetUtcNow().UtcDateTime));
        await db.UseSmtpAsync(smtp.Port);
        var context = new PeerMailContext(s.Ours, s.Rs, MailPurpose.NocContact);
        async Task<PeeringManagerResult> Send(PeeringManagerCaller caller) => await db.RunAsync(async sp =>
        {
            var mail = sp.GetRequiredService<PeerMailService>();
            return await mail.SendAsync(caller, context, (await mail.ComposeAsync(caller, context))!);
        });

        for (var i = 1; i <= MailRateLimiter.PerHour; i++) Assert.True((await Send(Bob)).Succeeded, $"mail {i} of the hour");
        await smtp.WaitForAsync(MailRateLimiter.PerHour);

        var refused = await Send(Bob);
        Assert.Equal((PeeringManagerOutcome.Invalid, $"You sent {MailRateLimiter.PerHour} mails in the last hour; try again later."), (refused.Outcome, refused.Message));
        // Another user is not limited by Bob's mails; wait for that mail, so Bob's refused one would have arrived before it.
        Assert.True((await Send(Carol)).Succeeded);
        await smtp.WaitForAsync(MailRateLimiter.PerHour + 1);
        Assert.Equal(MailRateLimiter.PerHour + 1, smtp.Count);
        Assert.Equal(MailRateLimiter.PerHour, await db.RunAsync(sp => sp.GetRequiredService<PeeringHubDbContext>().SentMails.CountAsync(m => m.SentBy == "bob")));

        db.Clock.Now += TimeSpan.FromMinutes(61);
        Assert.True((await Send(Bob)).Succeeded, "the hour passed");
    }
}
