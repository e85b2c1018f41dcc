using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.App.Components.Pages.PeeringManager;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.PeeringManager;
using PeeringHub.Tests.PeeringManager;

namespace PeeringHub.Tests.Components;

/// <summary>
/// The peering manager page rendered with bUnit on the real services and a migrated SQLite database (<see cref="PmScenario"/>):
/// a card moved by a drop onto a tab and by its "Move to…" menu lands in the new tab and in the database, and the notes indicator
/// follows saved notes.
/// </summary>
[Trait("Kind", "Component")]
public class PeeringManagerPageTests : MudComponentTest
{
    static readonly PeeringManagerCaller Staff = new("admin", null, IsStaff: true, NetworkId: null);
    IRenderedComponent<MudBlazor.MudPopoverProvider> popovers = null!;
    IRenderedComponent<MudBlazor.MudDialogProvider> dialogs = null!;

    async Task<(PmScenario S, IRenderedComponent<PeeringManagerPage> Page)> OpenAsync()
    {
        Ctx.AddAppServices();
        var s = await Ctx.SeedPeeringScenarioAsync();
        popovers = RenderPopovers();
        dialogs = RenderDialogs();
        var page = Ctx.Render<PeeringManagerPage>();
        page.WaitForElement($"#peer-{s.Plain}");
        return (s, page);
    }

    Task<PeeringTab> StoredTabAsync(PmScenario s, int peer) => Ctx.RunAsync(async sp =>
        (await sp.GetRequiredService<PeeringManagerService>().LoadAsync(Staff, s.Ours, s.LanId)).Rows.Single(r => r.NetworkId == peer).Tab);

    static string CountOf(IRenderedComponent<PeeringManagerPage> page, PeeringTab tab) => page.Find($"#count-{tab}").TextContent.Trim();

    [Fact]
    public async Task A_card_dropped_on_the_rejected_tab_moves_there_and_is_stored()
    {
        var (s, page) = await OpenAsync();
        Assert.Equal("0", CountOf(page, PeeringTab.Rejected));

        // What the browser sends for a mouse drag: dragstart on the card's drop item, dragenter and drop on the tab's zone.
        var item = page.Find($"#peer-{s.Plain}").Closest(".mud-drop-item") ?? throw new InvalidOperationException("the card is not a drop item");
        await item.TriggerEventAsync("ondragstart", new DragEventArgs());
        var zone = page.Find("#tab-Rejected .mud-drop-zone");
        await zone.TriggerEventAsync("ondragenter", new DragEventArgs());
        await page.Find("#tab-Rejected .mud-drop-zone").TriggerEventAsync("ondrop", new DragEventArgs());

        page.WaitForAssertion(() => Assert.Equal("1", CountOf(page, PeeringTab.Rejected)));
        Assert.Empty(page.FindAll($"#peer-{s.Plain}"));
        Assert.Equal(PeeringTab.Rejected, await StoredTabAsync(s, s.Plain));

        page.Find("#tab-Rejected [role=tab]").Click();
        page.WaitForAssertion(() => Assert.Contains("rejected by hand", page.Find($"#peer-{s.Plain}").TextContent));
        Assert.Equal("true", page.Find("#tab-Rejected [role=tab]").GetAttribute("aria-selected"));
    }

    [Fact]
    public async Task A_drop_on_the_tab_the_card_is_already_in_changes_nothing()
    {
        var (s, page) = await OpenAsync();
        var item = page.Find($"#peer-{s.Plain}").Closest(".mud-drop-item")!;
        await item.TriggerEventAsync("ondragstart", new DragEventArgs());
        await page.Find("#tab-Potential .mud-drop-zone").TriggerEventAsync("ondragenter", new DragEventArgs());
        await page.Find("#tab-Potential .mud-drop-zone").TriggerEventAsync("ondrop", new DragEventArgs());

        Assert.Equal(PeeringTab.Potential, await StoredTabAsync(s, s.Plain));
        Assert.NotEmpty(page.FindAll($"#peer-{s.Plain}"));
        Assert.Equal("1", CountOf(page, PeeringTab.Potential));
    }

    [Fact]
    public async Task The_move_to_menu_moves_a_card_like_a_drop_and_back_returns_it_to_the_data()
    {
        var (s, page) = await OpenAsync();
        var peersBefore = int.Parse(CountOf(page, PeeringTab.Peers));
        page.Find("#tab-PotentialBilateral [role=tab]").Click();
        page.WaitForElement($"#peer-{s.Rs}");

        await ChooseAsync(page, s.Rs, "Peers");
        page.WaitForAssertion(() => Assert.Equal((peersBefore + 1).ToString(), CountOf(page, PeeringTab.Peers)));
        Assert.Empty(page.FindAll($"#peer-{s.Rs}"));
        Assert.Equal(PeeringTab.Peers, await StoredTabAsync(s, s.Rs));

        // From Peers, the menu offers the other three tabs and "back"; back clears the manual mark.
        page.Find("#tab-Peers [role=tab]").Click();
        page.WaitForElement($"#peer-{s.Rs}");
        await ChooseAsync(page, s.Rs, "back");
        page.WaitForAssertion(() => Assert.Equal(peersBefore.ToString(), CountOf(page, PeeringTab.Peers)));
        Assert.Equal(PeeringTab.PotentialBilateral, await StoredTabAsync(s, s.Rs));
    }

    /// <summary>Opens the card's "Move to…" menu and picks the entry for <paramref name="tab"/> (a tab name, or "back").</summary>
    async Task ChooseAsync(IRenderedComponent<PeeringManagerPage> page, int peer, string tab)
    {
        page.Find($"#peer-{peer} .pm-move button").Click();
        IElement entry = null!;
        popovers.WaitForAssertion(() => entry = popovers.Find($".pm-move-item[data-tab='{tab}']"));
        var offered = popovers.FindAll(".pm-move-item").Select(e => e.GetAttribute("data-tab")).ToList();
        Assert.DoesNotContain(offered, t => t == page.Find($"#peer-{peer}").GetAttribute("data-tab"));
        await entry.ClickAsync(new MouseEventArgs());
    }

    [Fact]
    public async Task Notes_saved_in_the_dialog_light_up_the_indicator()
    {
        var (s, page) = await OpenAsync();
        Assert.Empty(page.FindAll($"#notes-indicator-{s.Plain}"));

        page.Find($"#peer-{s.Plain} .pm-notes").Click();
        dialogs.WaitForElement("#pm-notes-text").Change("Declined at the last meeting.");
        await dialogs.Find("#pm-notes-save").ClickAsync(new MouseEventArgs());

        page.WaitForElement($"#notes-indicator-{s.Plain}");
        Assert.Empty(dialogs.FindAll("#pm-notes-text"));
        Assert.Empty(page.FindAll($"#notes-indicator-{s.Rs}"));
        var stored = await Ctx.RunAsync(sp => sp.GetRequiredService<PeeringManagerService>().GetNotesAsync(Staff, s.Ours, s.LanId, s.Plain));
        Assert.Equal("Declined at the last meeting.", stored);
    }
}
