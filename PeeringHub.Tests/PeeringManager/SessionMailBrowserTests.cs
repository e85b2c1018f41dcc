using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PeeringHub.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PeeringHub.Tests.PeeringManager;

/// <summary>The Email action on a session's page in chromium: compose, send through real SMTP, and find the mail logged on the session and the peer.</summary>
[Trait("Kind", "PeeringManager")]
public class SessionMailBrowserTests(PmRunningApp app) : PmBrowserTests(app)
{
    [Fact]
    public async Task Email_from_the_session_page_is_sent_and_logged_on_the_session_and_the_peer()
    {
        var page = await LoginAsync(height: 1000);
        await OpenAsync(page, $"/sessions/{App.MailSessionId}");
        await Expect(page.Locator("#sent-mails-empty")).ToBeVisibleAsync();

        // The first click can land before the circuit attached its handlers; each click gets 3 s to open the dialog, so a slow
        // one is not clicked again (a second click opens a second dialog).
        await BrowserPages.ClickUntilVisibleAsync(page.Locator("#detail-email"), page.Locator("#mail-to"));
        await Expect(page.Locator("#mail-to")).ToHaveValueAsync(PmRunningApp.MailPeerNoc);
        var subject = await page.Locator("#mail-subject").InputValueAsync();
        Assert.Contains("NOC contact", subject);
        await page.FillAsync("#mail-body", "Please check your side of 203.0.113.4, we see flaps.");
        await page.ClickAsync("#email-send");

        var sent = page.Locator("#sent-mails .ph-sent-mail");
        await Expect(sent).ToHaveCountAsync(1);
        await Expect(sent).ToContainTextAsync("NOC contact");
        await Expect(sent).ToContainTextAsync(PmRunningApp.MailPeerNoc);
        await Expect(sent).ToContainTextAsync("by admin");
        await sent.Locator("summary").ClickAsync();
        await Expect(sent.Locator(".ph-mail-body")).ToContainTextAsync("we see flaps");
        await Chromium.ScreenshotAsync(page, "pm-07-session-mail-logged");

        var mail = await App.Smtp.WaitForAsync();
        Assert.Contains(PmRunningApp.MailPeerNoc, mail.Recipients);
        Assert.Equal(subject, mail.Header("Subject"));
        Assert.Contains("we see flaps", mail.Body);

        await page.GotoAsync($"{App.BaseUrl}/peers/{App.MailPeerId}");
        var onPeer = page.Locator("#sent-mails .ph-sent-mail");
        await Expect(onPeer).ToHaveCountAsync(1);
        await Expect(onPeer).ToContainTextAsync(subject);

        await page.GotoAsync($"{App.BaseUrl}/audit");
        await Expect(page.Locator("text=Email").First).ToBeVisibleAsync();
    }
}
