using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PeeringHub.App.Auth;
using PeeringHub.App.Components.Pages.Sessions.Wizard;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Sessions;
using PeeringHub.Core.Sessions.Wizard;

namespace PeeringHub.Tests.Components;

/// <summary>The Add Session wizard on MudStepper, driven step by step as an operator would: each step is checked by the
/// server before the next one opens, Previous keeps what was entered, and Create makes the sessions.</summary>
[Trait("Kind", "Component")]
public class SessionWizardComponentTests : AppComponentTest
{
    IRenderedComponent<MudPopoverProvider> popovers = default!;

    public SessionWizardComponentTests() => Ctx.Services.AddScoped<ISessionConfigurator>(_ => throw new InvalidOperationException("Configure is not asked for in these tests"));

    async Task<IRenderedComponent<SessionWizard>> OpenAsync()
    {
        await SeedDemoAsync();
        SignInAs("operator", Policies.Staff, Policies.Operate);
        RenderMode(interactive: true);
        popovers = RenderPopovers();
        RenderDialogs();
        var wizard = Ctx.Render<SessionWizard>();
        wizard.WaitForElement("#wizard-next");
        return wizard;
    }

    /// <summary>Opens a MudSelect and clicks the item with the given text in the popover, as a mouse would.</summary>
    void Choose(IRenderedComponent<SessionWizard> w, string selectId, string item)
    {
        w.Find($"#{selectId}").Closest(".mud-input-control")!.MouseDown();
        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll(".mud-list-item"), i => i.TextContent.Contains(item)));
        popovers.FindAll(".mud-list-item").First(i => i.TextContent.Contains(item)).Click();
    }

    static void Next(IRenderedComponent<SessionWizard> w) => w.Find("#wizard-next").Click();

    static string SummaryOf(IRenderedComponent<SessionWizard> w, string term) =>
        w.FindAll("#wizard-summary dt").Single(d => d.TextContent == term).NextElementSibling!.TextContent.Trim();

    [Fact]
    public async Task Each_step_is_checked_before_the_next_opens_and_Previous_keeps_the_values()
    {
        var w = await OpenAsync();
        Assert.NotNull(w.Find("#Type"));

        // Step 1: an exchange session without an exchange is refused at its field; the step stays.
        Next(w);
        w.WaitForAssertion(() => Assert.Equal("Please correct the highlighted fields.", w.Find("#form-message").TextContent.Trim()));
        Assert.NotNull(w.Find("#Type"));
        Assert.Empty(w.FindAll("#RouterId"));

        Choose(w, "PeeringLanId", "DEMO-IX Frankfurt");
        w.Find("#Notes").Change("added by the component test");
        Next(w);
        w.WaitForAssertion(() => Assert.NotNull(w.Find("#RouterId")));
        Assert.Empty(w.FindAll("#form-message"));

        // Step 2: no router → refused; then a router and a password.
        Next(w);
        w.WaitForAssertion(() => Assert.NotNull(w.Find("#form-message")));
        Assert.NotNull(w.Find("#RouterId"));
        Choose(w, "RouterId", "edge1.fra");
        w.Find("#Md5Password").Change("s3cret-md5");

        // Previous keeps step 1's values, Next brings back step 2's.
        w.Find("#wizard-previous").Click();
        w.WaitForAssertion(() => Assert.Equal("added by the component test", w.Find("#Notes").GetAttribute("value")));
        Assert.Contains("DEMO-IX Frankfurt", w.Find("#PeeringLanId").GetAttribute("value"));
        Next(w);
        w.WaitForAssertion(() => Assert.Equal("edge1.fra · simulated (demo)", w.Find("#RouterId").GetAttribute("value")));
        Assert.Equal("s3cret-md5", w.Find("#Md5Password").GetAttribute("value"));
    }

    [Fact]
    public async Task A_manual_peer_goes_through_AS_SET_and_Confirm_and_Create_saves_one_session_per_address()
    {
        var w = await OpenAsync();
        Choose(w, "Type", "Private");
        Next(w);
        w.WaitForAssertion(() => Assert.NotNull(w.Find("#RouterId")));
        Choose(w, "RouterId", "edge2.ams");
        Next(w);
        w.WaitForAssertion(() => Assert.NotNull(w.Find("#peer-method")));

        w.FindAll("#peer-method input[type=radio]")[2].Click(); // Manual entry
        w.Find("#PeerName").Change("Component Test Net");
        w.Find("#PeerAsn").Change("65010");
        w.Find("#PeerIpv4").Change("010.1.1.1");
        Next(w);
        // An IPv4 address with a leading zero is refused at its field (it would be read as octal elsewhere).
        w.WaitForAssertion(() => Assert.NotNull(w.Find("#form-message")));
        Assert.NotEmpty(w.FindAll(".mud-input-error, .validation-message, .mud-input-helper-text.mud-input-error"));
        w.Find("#PeerIpv4").Change("203.0.113.200");
        w.Find("#PeerIpv6").Change("2001:db8:ffff::200");
        Next(w);
        w.WaitForAssertion(() => Assert.NotNull(w.Find("#AsSetName")));
        Next(w); // AS-SET is optional
        w.WaitForAssertion(() => Assert.NotNull(w.Find("#wizard-create")));
        Assert.Equal("edge2.ams · simulated (demo)", SummaryOf(w, "Router"));
        Assert.Contains("203.0.113.200", w.Markup);
        Assert.Contains("2001:db8:ffff::200", w.Markup);

        var before = InScope(db => db.Sessions.Count());
        w.Find("#wizard-create").Click();
        w.WaitForAssertion(() => Assert.Equal(before + 2, InScope(db => db.Sessions.Count())));
        var made = InScope(db => db.Sessions.Where(s => s.PeerAsn == 65010).Select(s => new { s.PeerIp, s.Type, RouterName = s.Router!.Name }).ToList());
        Assert.Equal(["2001:db8:ffff::200", "203.0.113.200"], made.Select(m => m.PeerIp).Order());
        Assert.All(made, m => { Assert.Equal(SessionType.Private, m.Type); Assert.Equal("edge2.ams", m.RouterName); });
    }
    [Fact]
    public async Task Local_lookup_on_a_demo_exchange_finds_a_documentation_ASN_network_and_creates_its_sessions()
    {
        var w = await OpenAsync();
        Choose(w, "PeeringLanId", "DEMO-IX Frankfurt");
        Next(w);
        w.WaitForAssertion(() => Assert.NotNull(w.Find("#RouterId")));
        Choose(w, "RouterId", "edge1.fra");
        Next(w);
        w.WaitForAssertion(() => Assert.NotNull(w.Find("#peer-method")));

        // A demo member of the exchange without a session yet: its ASN is an RFC 5398 documentation ASN.
        w.FindAll("#peer-method input[type=radio]")[1].Click(); // Local peer lookup
        w.Find("#PeerSearch").Change("atlas");
        w.Find("#peer-search").Click();
        w.WaitForAssertion(() => Assert.Single(w.FindAll(".ph-peer-result")));
        w.Find(".ph-peer-result").Click();
        w.WaitForAssertion(() => Assert.Contains("Existing network AS65537 Atlas Carrier (demo)", w.Find("#peer-existing").TextContent));
        Assert.Equal("192.0.2.26", w.Find("#PeerIpv4").GetAttribute("value"));
        Assert.Equal("2001:db8:1::1a", w.Find("#PeerIpv6").GetAttribute("value"));

        // The exchange session's peer step accepts it (it used to refuse documentation ASNs), and Create makes both sessions.
        Next(w);
        w.WaitForAssertion(() => Assert.NotNull(w.Find("#AsSetName")));
        Assert.Empty(w.FindAll("#form-message"));
        Next(w);
        w.WaitForAssertion(() => Assert.NotNull(w.Find("#wizard-create")));
        Assert.Equal("edge1.fra · simulated (demo)", SummaryOf(w, "Router"));
        w.Find("#wizard-create").Click();
        w.WaitForAssertion(() => Assert.Equal(2, InScope(db => db.Sessions.Count(s => s.PeerNetwork!.Name == "Atlas Carrier (demo)"))));
        var made = InScope(db => db.Sessions.Where(s => s.PeerNetwork!.Name == "Atlas Carrier (demo)")
            .Select(s => new { s.Type, s.PeerAsn, Exchange = s.PeeringLan!.Exchange!.Name, Router = s.Router!.Name }).ToList());
        Assert.All(made, m => Assert.Equal((SessionType.Exchange, 65537L, "DEMO-IX Frankfurt", "edge1.fra"), (m.Type, m.PeerAsn, m.Exchange, m.Router)));
    }
}
