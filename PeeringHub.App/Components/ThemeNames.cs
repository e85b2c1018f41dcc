namespace PeeringHub.App.Components;

/// <summary>Maps a user's light/dark preference to the Radzen theme.</summary>
public static class ThemeNames
{
    public const string Light = "material";
    public const string Dark = "material-dark";

    public static string For(string? preference) => preference == "dark" ? Dark : Light;
}
