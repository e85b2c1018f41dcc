using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PeeringHub.App.Components.Pages.Networks;
using PeeringHub.App.Components.Pages.PeerGroups;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Inventory;

namespace PeeringHub.Tests.Components;

/// <summary>The inventory forms and lists on MudBlazor, saving through the real EntityEditor on a SQLite database.</summary>
[Trait("Kind", "Component")]
public class InventoryFormTests : InventoryComponentTest
{
    async Task SeedAsync(params Network[] networks)
    {
        await using var db = Database.NewContext();
        db.Networks.AddRange(networks);
        await db.SaveChangesAsync();
    }

    async Task<List<Network>> NetworksAsync()
    {
        await using var db = Database.NewContext();
        return await db.Networks.AsNoTracking().OrderBy(n => n.Asn).ToListAsync();
    }

    async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> OpenAsync<TForm>(string title, object input) where TForm : Microsoft.AspNetCore.Components.ComponentBase
    {
        var provider = RenderDialogs();
        var dialogs = Ctx.Services.GetRequiredService<IDialogService>();
        var dialog = await provider.InvokeAsync(() => dialogs.ShowAsync<TForm>(title, new DialogParameters { ["Input"] = input }));
        provider.WaitForElement("#entity-form");
        return (provider, dialog);
    }

    /// <summary>Types into an input. A browser's change event bubbles to the Field (which clears that field's server error);
    /// bUnit does not bubble change events, so the test raises it on the Field's element too, as the browser would.</summary>
    static void Type(IRenderedComponent<MudDialogProvider> provider, string name, string value)
    {
        provider.Find($"[name='{name}']").Change(value);
        provider.Find($"[data-field='{name}']").Change(value);
    }

    static string ErrorAt(IRenderedComponent<MudDialogProvider> provider, string field) =>
        string.Join(" ", provider.FindAll($"[data-field='{field}'] .ph-field-error").Select(e => e.TextContent.Trim()));

    [Fact]
    public async Task Network_form_shows_the_servers_field_errors_at_the_fields_and_stays_open_then_a_save_closes_it_with_ok()
    {
        await SeedAsync(new Network { Asn = 65001, Name = "Peer One" });
        var (provider, dialog) = await OpenAsync<NetworkForm>("Add network", new NetworkInput());

        Type(provider, "Asn", "65001");
        Type(provider, "Name", "Second One");
        Type(provider, "NocEmail", "noc-at-example");
        provider.Find("#entity-form").Submit();

        // The ASN error comes from a database lookup in the validator: only the server can know it.
        provider.WaitForAssertion(() => Assert.Equal("AS65001 already exists.", ErrorAt(provider, "Asn")));
        Assert.Equal("Enter a valid e-mail address.", ErrorAt(provider, "NocEmail"));
        Assert.Equal("", ErrorAt(provider, "Name"));
        Assert.Contains("correct the highlighted fields", provider.Find("#form-message").TextContent);
        Assert.False(dialog.Result.IsCompleted);
        Assert.Single(await NetworksAsync());

        // Editing a field clears its error; the other stays until the next save.
        Type(provider, "NocEmail", "noc@example.net");
        Assert.Equal("", ErrorAt(provider, "NocEmail"));
        Assert.Equal("AS65001 already exists.", ErrorAt(provider, "Asn"));

        Type(provider, "Asn", "65002");
        provider.Find("#entity-form").Submit();
        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(result!.Canceled);
        var saved = Assert.IsType<Network>(result.Data);
        Assert.Equal((65002L, "Second One", "noc@example.net"), (saved.Asn, saved.Name, saved.NocEmail));
        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll("#entity-form")));
        Assert.Equal([65001L, 65002L], (await NetworksAsync()).Select(n => n.Asn));
        await using var db = Database.NewContext();
        Assert.Contains(await db.AuditEntries.ToListAsync(), a => a.User == User && a.ObjectType == nameof(Network) && a.Action == "Create");
    }

    [Fact]
    public async Task Router_form_takes_a_password_instead_of_a_key_and_stores_it_encrypted()
    {
        var (provider, dialog) = await OpenAsync<PeeringHub.App.Components.Pages.Routers.RouterForm>("Add router", new RouterInput { Platform = RouterPlatform.Bird2 });
        Type(provider, "Name", "edge9.test");
        Type(provider, "Address", "192.0.2.99");
        Type(provider, "SshUser", "peeringhub");
        Type(provider, "LocalAsn", "64500");
        provider.Find("#entity-form").Submit();
        // Neither a key nor a password: the form says what is missing.
        provider.WaitForAssertion(() => Assert.NotEqual("", ErrorAt(provider, "SshPrivateKey")));
        Assert.False(dialog.Result.IsCompleted);

        Type(provider, "SshPassword", "router-login-pw");
        Type(provider, "SshKeyPassphrase", "");
        provider.Find("#entity-form").Submit();
        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(result!.Canceled);

        await using var db = Database.NewContext();
        var router = await db.Routers.AsNoTracking().SingleAsync(r => r.Name == "edge9.test");
        Assert.Null(router.SshPrivateKeyProtected);
        Assert.NotNull(router.SshPasswordProtected);
        Assert.DoesNotContain("router-login-pw", router.SshPasswordProtected);
        Assert.Equal("router-login-pw", Database.Services.GetRequiredService<PeeringHub.Core.Security.ISecretProtector>().Unprotect(router.SshPasswordProtected!));
        Assert.DoesNotContain("router-login-pw", string.Join("\n", (await db.AuditEntries.ToListAsync()).Select(a => a.Before + a.After)));
    }

    [Fact]
    public async Task Lan_form_offers_the_three_vlan_kinds_and_only_a_tagged_lan_takes_a_vlan_id()
    {
        int exchangeId;
        await using (var db = Database.NewContext())
        {
            var ix = new Exchange { Name = "IX One" };
            db.Exchanges.Add(ix);
            await db.SaveChangesAsync();
            exchangeId = ix.Id;
        }
        var popovers = RenderPopovers();
        var (provider, dialog) = await OpenAsync<PeeringHub.App.Components.Pages.Exchanges.PeeringLanForm>("Add LAN", new PeeringLanInput { ExchangeId = exchangeId });
        Type(provider, "Name", "Access LAN");
        Type(provider, "VlanId", "300");
        Type(provider, "Ipv4Prefix", "185.1.2.0/24");
        Assert.Contains("Tagged", provider.Find("#VlanMode").GetAttribute("value"));

        provider.Find("#VlanMode").Closest(".mud-input-control")!.MouseDown();
        popovers.WaitForAssertion(() => Assert.Equal(3, popovers.FindAll(".mud-list-item").Count));
        popovers.FindAll(".mud-list-item").Single(i => i.TextContent.StartsWith("Untagged")).Click();
        provider.WaitForAssertion(() => Assert.True(provider.Find("#VlanId").HasAttribute("disabled")));
        Assert.Contains("VLAN 0", provider.Markup); // what untagged means for sFlow
        provider.Find("#entity-form").Submit();
        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(result!.Canceled);

        await using var check = Database.NewContext();
        var lan = await check.PeeringLans.AsNoTracking().SingleAsync(l => l.Name == "Access LAN");
        Assert.Equal((VlanMode.Untagged, (int?)null), (lan.VlanMode, lan.VlanId));
    }

    [Fact]
    public async Task Peer_group_form_without_a_router_shows_the_error_at_the_router_select()
    {
        var (provider, dialog) = await OpenAsync<PeerGroupForm>("Add peer group", new PeerGroupInput());
        Type(provider, "Name", "transit");
        provider.Find("#entity-form").Submit();

        provider.WaitForAssertion(() => Assert.NotEqual("", ErrorAt(provider, "RouterId")));
        Assert.Equal("", ErrorAt(provider, "Name"));
        Assert.False(dialog.Result.IsCompleted);
        await using var db = Database.NewContext();
        Assert.Empty(await db.PeerGroups.ToListAsync());
    }

    [Fact]
    public async Task Deleting_a_network_asks_first_cancel_keeps_it_and_confirm_deletes_it()
    {
        await SeedAsync(new Network { Asn = 65001, Name = "Peer One" }, new Network { Asn = 65002, Name = "Peer Two" });
        var provider = RenderDialogs();
        var page = Ctx.Render<NetworkList>();
        page.WaitForAssertion(() => Assert.Equal(2, Rows(page).Count));

        IElement DeleteButtonOf(string text) => Rows(page).Single(r => r.TextContent.Contains(text)).QuerySelector("button.ph-delete")!;
        IElement MessageBoxButton(string text) => provider.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == text);

        DeleteButtonOf("AS65001").Click();
        provider.WaitForAssertion(() => Assert.Contains("Delete network AS65001 Peer One?", provider.Find(".mud-dialog").TextContent));
        MessageBoxButton("Cancel").Click();
        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll(".mud-dialog")));
        Assert.Equal([65001L, 65002L], (await NetworksAsync()).Select(n => n.Asn));
        Assert.Equal(2, Rows(page).Count);

        DeleteButtonOf("AS65001").Click();
        provider.WaitForAssertion(() => Assert.NotEmpty(provider.FindAll(".mud-dialog")));
        MessageBoxButton("Delete").Click();
        page.WaitForAssertion(() => Assert.Single(Rows(page)));
        Assert.Equal([65002L], (await NetworksAsync()).Select(n => n.Asn));
    }

    static IReadOnlyList<IElement> Rows(IRenderedComponent<NetworkList> page) =>
        page.FindAll("#networks-grid tbody tr.mud-table-row").Where(r => r.TextContent.Contains("AS6")).ToList();
}
