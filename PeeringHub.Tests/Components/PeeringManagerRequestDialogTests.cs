using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.App.Components.Pages.PeeringManager;
using PeeringHub.Core.Data;
using PeeringHub.Core.PeeringManager;
using PeeringHub.Tests.PeeringManager;

namespace PeeringHub.Tests.Components;

/// <summary>
/// The request dialog opened from a card: it shows the composed mail, refuses a mail without a recipient or subject (and a
/// malformed address) at the fields, and sends a good one through PeeringRequestService to a real SMTP server (aiosmtpd).
/// </summary>
[Trait("Kind", "Component")]
public class PeeringManagerRequestDialogTests : MudComponentTest
{
    [Fact]
    public async Task The_request_dialog_opens_with_the_composed_mail_validates_and_sends_through_the_service()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        Ctx.AddAppServices();
        var s = await Ctx.SeedPeeringScenarioAsync();
        await Ctx.RunAsync(async sp =>
        {
            var store = sp.GetRequiredService<PeeringManagerSettingsStore>();
            var settings = await store.GetAsync();
            (settings.SmtpHost, settings.SmtpPort, settings.MailFrom, settings.OrganisationName) = ("127.0.0.1", smtp.Port, "peeringhub@as64500.example", "Our Org");
            await store.SaveAsync(sp.GetRequiredService<PeeringHubDbContext>(), settings, newSmtpPassword: null);
            return true;
        });
        RenderPopovers();
        var dialogs = RenderDialogs();
        var page = Ctx.Render<PeeringManagerPage>();
        page.WaitForElement($"#peer-{s.Plain}");
        page.Find("#tab-PotentialBilateral [role=tab]").Click();
        page.WaitForElement($"#peer-{s.Rs}");
        Assert.Contains("No request sent", page.Find($"#last-request-{s.Rs}").TextContent);

        // Opens with the mail composed for the peer's policy contact.
        page.Find($"#peer-{s.Rs} .pm-request").Click();
        var to = dialogs.WaitForElement("#mail-to");
        Assert.Equal(PmScenario.PolicyContact, to.GetAttribute("value"));
        Assert.Empty(dialogs.FindAll("#request-recent-warning"));

        // Validates at the fields: nothing goes out and nothing is recorded.
        dialogs.Find("#mail-to").Change("");
        dialogs.Find("#mail-subject").Change("");
        await dialogs.Find("#request-send").ClickAsync(new MouseEventArgs());
        dialogs.WaitForAssertion(() => Assert.Contains("Enter at least one address.", dialogs.Markup));
        Assert.Contains("Enter a subject.", dialogs.Markup);
        dialogs.Find("#mail-to").Change("peering desk at as64501");
        await dialogs.Find("#request-send").ClickAsync(new MouseEventArgs());
        dialogs.WaitForAssertion(() => Assert.Contains("Not an e-mail address: peering desk at as64501", dialogs.Markup));
        Assert.Equal(0, smtp.Count);
        Assert.Equal(0, await RequestCountAsync(s));

        // Sends through the service: the mail arrives, the request is recorded, the dialog closes and the card shows it.
        dialogs.Find("#mail-to").Change(PmScenario.PolicyContact);
        dialogs.Find("#mail-subject").Change("Peering with AS64500 at Test-IX");
        Assert.DoesNotContain("Enter a subject.", dialogs.Markup);
        await dialogs.Find("#request-send").ClickAsync(new MouseEventArgs());
        var mail = await smtp.WaitForAsync();
        Assert.Contains(PmScenario.PolicyContact, mail.Recipients);
        Assert.Equal("Peering with AS64500 at Test-IX", mail.Header("Subject"));
        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("#mail-to")));
        Assert.Equal(1, await RequestCountAsync(s));
        page.WaitForAssertion(() => Assert.Contains("(1 sent)", page.Find($"#last-request-{s.Rs}").TextContent));
    }

    Task<int> RequestCountAsync(PmScenario s) => Ctx.RunAsync(async sp =>
        await sp.GetRequiredService<PeeringHubDbContext>().PeeringRelations.AsNoTracking()
            .Where(r => r.ViewingNetworkId == s.Ours && r.PeerNetworkId == s.Rs).Select(r => r.RequestCount).FirstOrDefaultAsync());
}
