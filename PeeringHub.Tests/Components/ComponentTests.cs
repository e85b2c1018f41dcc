using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using PeeringHub.App.Components.Shared;
using PeeringHub.Core.Domain;

namespace PeeringHub.Tests.Components;

[Trait("Kind", "Component")]
public class ComponentTests : MudComponentTest
{
    [Theory]
    [InlineData(BgpState.Established, "ph-state-up")]
    [InlineData(BgpState.Active, "ph-state-trying")]
    [InlineData(BgpState.Idle, "ph-state-down")]
    [InlineData(BgpState.AdminDown, "ph-state-admin")]
    [InlineData(BgpState.Unknown, "ph-state-unknown")]
    public void State_badge_colours_by_state(BgpState state, string css)
    {
        var badge = Ctx.Render<StateBadge>(p => p.Add(b => b.State, state)).Find("span.ph-state");
        Assert.Contains(css, badge.ClassList);
        Assert.Equal(state.ToString(), badge.TextContent);
        Assert.Equal(state.ToString(), badge.GetAttribute("data-state"));
    }

    [Fact]
    public void Field_shows_the_validation_messages_of_its_property_only_and_clears_them_on_edit()
    {
        var context = new EditContext(new object());
        var store = new ValidationMessageStore(context);
        store.Add(context.Field("Address"), "Enter a valid IPv4/IPv6 address or host name.");
        store.Add(context.Field("Name"), "Name is required.");
        context.OnFieldChanged += (_, e) => { store.Clear(e.FieldIdentifier); context.NotifyValidationStateChanged(); };

        var cut = Ctx.Render<CascadingValue<EditContext>>(p => p
            .Add(c => c.Value, context)
            .AddChildContent<Field>(f => f.Add(x => x.Label, "Address").Add(x => x.Name, "Address")
                .AddChildContent("<input id=\"Address\" />")));

        Assert.Equal("Enter a valid IPv4/IPv6 address or host name.", cut.Find("[data-field='Address'] .ph-field-error").TextContent);
        Assert.DoesNotContain("Name is required.", cut.Markup);
        cut.Find("[data-field='Address']").Change("192.0.2.1");
        Assert.Empty(cut.FindAll(".ph-field-error"));
    }

    [Fact]
    public void Not_found_message_offers_a_way_back()
    {
        var cut = Ctx.Render<NotFoundMessage>();
        Assert.Contains("Page not found", cut.Markup);
        Assert.NotNull(cut.Find("a[href='/']"));
    }
}
