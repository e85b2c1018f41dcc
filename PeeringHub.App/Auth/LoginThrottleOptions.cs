namespace PeeringHub.App.Auth;

/// <summary>Failed-login throttling per (user name, client address). <c>PeeringHub:Auth:Throttle</c> in settings.</summary>
public sealed class LoginThrottleOptions
{
    public const string Section = "PeeringHub:Auth:Throttle";

    /// <summary>Failed attempts a (user name, address) pair gets before it has to wait.</summary>
    public int FreeAttempts { get; set; } = 5;

    /// <summary>The first wait; every further failure doubles it.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A pair without failures for this long starts again from zero.</summary>
    public TimeSpan ForgetAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Pairs remembered at most (the oldest go first), so a flood of names cannot grow memory without bound.</summary>
    public int MaxEntries { get; set; } = 100_000;
}
