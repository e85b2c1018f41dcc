using MudBlazor;

namespace PeeringHub.App.Components.Layout;

/// <summary>
/// One theme, two palettes. Colours chosen for ≥ 4.5:1 text contrast in both (checked by the browser theme test):
/// MudBlazor's *ContrastText defaults to white whatever the background, so light backgrounds name their text colour.
/// </summary>
public static class PeeringHubTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1e4fa3",
            PrimaryContrastText = "#ffffff",
            Secondary = "#5b6472",
            AppbarBackground = "#15345f",
            AppbarText = "#ffffff",
            DrawerBackground = "#f7f8fa",
            DrawerText = "#1f2430",
            TextPrimary = "#1f2430",
            TextSecondary = "#4a5260",
            Success = "#1b7a36",
            Warning = "#8a5a00",
            WarningContrastText = "#ffffff",
            Error = "#b3261e",
            Info = "#0d5fa6",
            Background = "#ffffff",
            Surface = "#ffffff",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8ab4f8",
            PrimaryContrastText = "#0b1a33",
            Secondary = "#b0b8c4",
            AppbarBackground = "#1b2330",
            AppbarText = "#e8eaed",
            DrawerBackground = "#161b22",
            DrawerText = "#e8eaed",
            TextPrimary = "#e8eaed",
            TextSecondary = "#b4bac4",
            Success = "#6fcf8b",
            SuccessContrastText = "#0b2613",
            Warning = "#f2c04c",
            WarningContrastText = "#2b1d00",
            Error = "#f28b82",
            ErrorContrastText = "#3b0906",
            Info = "#8ab4f8",
            InfoContrastText = "#0b1a33",
            Background = "#0f1318",
            Surface = "#161b22",
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "220px" },
    };
}
