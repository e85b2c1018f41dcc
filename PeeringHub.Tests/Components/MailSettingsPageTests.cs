using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.App.Components.Pages.Settings;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.PeeringManager;
using PeeringHub.Tests.PeeringManager;

namespace PeeringHub.Tests.Components;

/// <summary>The mail part of the settings page: the four security modes and the timeout are saved, and Send test mail
/// reports a real SMTP server's (aiosmtpd) answer or its refusal.</summary>
[Trait("Kind", "Component")]
public class MailSettingsPageTests : MudComponentTest
{
    [Fact]
    public async Task Security_and_timeout_are_saved_and_Send_test_mail_shows_the_servers_answer_or_the_reason()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        Ctx.AddAppServices();
        await Ctx.RunAsync(async sp =>
        {
            var store = sp.GetRequiredService<PeeringManagerSettingsStore>();
            var settings = await store.GetAsync();
            (settings.SmtpHost, settings.SmtpPort, settings.MailFrom, settings.SmtpSecurity) = ("127.0.0.1", smtp.Port, "peeringhub@as64500.example", SmtpSecurity.None);
            await store.SaveAsync(sp.GetRequiredService<PeeringHubDbContext>(), settings, newSmtpPassword: null);
            return true;
        });
        var popovers = RenderPopovers();
        var page = Ctx.Render<PeeringManagerSettingsPage>();
        page.WaitForElement("#test-mail-send");

        // The saved settings reach the server: it answers 250 and the mail arrives.
        page.Find("#test-mail-to").Change("noc@as64500.example");
        page.Find("#test-mail-send").Click();
        page.WaitForAssertion(() => Assert.StartsWith("Accepted by the server:", page.Find("#test-mail-result").TextContent.Trim()), TimeSpan.FromSeconds(15));
        Assert.Equal("PeeringHub test mail", (await smtp.WaitForAsync()).Header("Subject"));

        // STARTTLS required, saved: the same server does not offer it, and the test mail says so; nothing is sent.
        page.Find("#SmtpSecurity").Closest(".mud-input-control")!.MouseDown();
        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll(".mud-list-item"), i => i.TextContent == "STARTTLS required"));
        popovers.FindAll(".mud-list-item").Single(i => i.TextContent == "STARTTLS required").Click();
        page.Find("#SmtpTimeoutSeconds").Change("12");
        page.Find("#pm-settings-form").Submit();
        page.WaitForAssertion(() => Assert.Equal(SmtpSecurity.StartTlsRequired, Ctx.RunAsync(sp => sp.GetRequiredService<PeeringManagerSettingsStore>().GetAsync()).Result.SmtpSecurity));
        Assert.Equal(12, (await Ctx.RunAsync(sp => sp.GetRequiredService<PeeringManagerSettingsStore>().GetAsync())).SmtpTimeoutSeconds);

        page.Find("#test-mail-send").Click();
        page.WaitForAssertion(() => Assert.Contains("does not offer STARTTLS", page.Find("#test-mail-result").TextContent), TimeSpan.FromSeconds(15));
        await Task.Delay(300);
        Assert.Equal(1, smtp.Count);
    }
}
