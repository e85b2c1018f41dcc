using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace PeeringHub.App.Components.Shared;

/// <summary>
/// A small MudBlazor icon (same classes and markup as <c>MudIcon</c>) without a component instance, for places that show
/// one per row of a live list: each MudIcon is a component the circuit keeps with two render trees (about 3 KB).
/// </summary>
public static class InlineIcon
{
    public static RenderFragment Small(string svg, string? cssClass = null, string? title = null) => builder => Build(builder, svg, cssClass, title);

    private static void Build(RenderTreeBuilder builder, string svg, string? cssClass, string? title)
    {
        builder.OpenElement(0, "svg");
        builder.AddAttribute(1, "class", cssClass is null ? "mud-icon-root mud-icon-default mud-svg-icon mud-icon-size-small" : "mud-icon-root mud-icon-default mud-svg-icon mud-icon-size-small " + cssClass);
        builder.AddAttribute(2, "focusable", "false");
        builder.AddAttribute(3, "viewBox", "0 0 24 24");
        builder.AddAttribute(4, "aria-hidden", "true");
        builder.AddAttribute(5, "role", "img");
        if (title is not null) builder.AddAttribute(6, "title", title);
        builder.AddMarkupContent(7, svg);
        builder.CloseElement();
    }
}
