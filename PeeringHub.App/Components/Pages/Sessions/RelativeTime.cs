namespace PeeringHub.App.Components.Pages.Sessions;

/// <summary>"5m ago" style durations for the board's Since column (the exact time is in the tooltip).</summary>
public static class RelativeTime
{
    public static string Ago(DateTime? at, DateTime now)
    {
        if (at is null) return "–";
        var d = now - at.Value;
        if (d < TimeSpan.Zero) d = TimeSpan.Zero;
        return d.TotalSeconds < 60 ? $"{(int)d.TotalSeconds}s ago"
            : d.TotalMinutes < 60 ? $"{(int)d.TotalMinutes}m ago"
            : d.TotalHours < 48 ? $"{(int)d.TotalHours}h {d.Minutes}m ago"
            : $"{(int)d.TotalDays}d ago";
    }
}
