using AngleSharp.Dom;
using Bunit;
using MudBlazor;
using PeeringHub.App.Auth;
using PeeringHub.App.Components.Pages.PeerGroups;
using PeeringHub.App.Components.Pages.Routers;

namespace PeeringHub.Tests.Components;

/// <summary>The dialogs of the router and peer-group lists name a demo router as the rows do: "simulated (demo)", never the bare name.</summary>
[Trait("Kind", "Component")]
public class RouterNameLabelTests : AppComponentTest
{
    async Task<IRenderedComponent<MudDialogProvider>> OpenAsync()
    {
        await SeedDemoAsync();
        SignInAs("operator", Policies.Staff, Policies.Operate);
        RenderMode(interactive: true);
        RenderPopovers();
        return RenderDialogs();
    }

    static IElement RowOf<T>(IRenderedComponent<T> page, string grid, string text) where T : Microsoft.AspNetCore.Components.IComponent =>
        page.FindAll($"#{grid} tbody tr.mud-table-row").First(r => r.TextContent.Contains(text));

    static void Cancel(IRenderedComponent<MudDialogProvider> dialogs)
    {
        dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Cancel").Click();
        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll(".mud-dialog")));
    }

    [Fact]
    public async Task Router_list_edit_and_delete_dialogs_label_a_demo_router()
    {
        var dialogs = await OpenAsync();
        var page = Ctx.Render<RouterList>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("#routers-grid tbody tr.mud-table-row").Count));

        RowOf(page, "routers-grid", "edge1.fra").QuerySelector("button.ph-edit")!.Click();
        dialogs.WaitForAssertion(() => Assert.Equal("Edit edge1.fra · simulated (demo)", dialogs.Find(".mud-dialog-title").TextContent.Trim()));
        Cancel(dialogs);

        RowOf(page, "routers-grid", "edge2.ams").QuerySelector("button.ph-delete")!.Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Delete router edge2.ams · simulated (demo)?", dialogs.Find(".mud-dialog").TextContent));
        Cancel(dialogs);
    }

    [Fact]
    public async Task Peer_group_delete_names_its_demo_router_with_the_label()
    {
        var dialogs = await OpenAsync();
        var page = Ctx.Render<PeerGroupList>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("#peer-groups-grid tbody tr.mud-table-row").Count));

        RowOf(page, "peer-groups-grid", "edge1.fra").QuerySelector("button.ph-delete")!.Click();
        dialogs.WaitForAssertion(() => Assert.Contains("IX_PEERS on edge1.fra · simulated (demo)?", dialogs.Find(".mud-dialog").TextContent));
        Cancel(dialogs);
    }
}
