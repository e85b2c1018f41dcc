namespace PeeringHub.Core.Mail;

/// <summary>
/// Mails per user in a sliding hour (security finding 4). In memory: a restart forgets, which is acceptable for a limit meant
/// to stop a script from sending thousands of mails, not to meter honest use.
/// </summary>
public sealed class MailRateLimiter(TimeProvider clock)
{
    public const int PerHour = 30;
    readonly Dictionary<string, Queue<DateTimeOffset>> _sent = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Counts one mail for <paramref name="user"/>; false (and nothing counted) when the hour's allowance is used.</summary>
    public bool TryAcquire(string user)
    {
        var now = clock.GetUtcNow();
        lock (_sent)
        {
            if (!_sent.TryGetValue(user, out var times)) _sent[user] = times = new Queue<DateTimeOffset>();
            while (times.Count > 0 && now - times.Peek() >= TimeSpan.FromHours(1)) times.Dequeue();
            if (times.Count >= PerHour) return false;
            times.Enqueue(now);
            return true;
        }
    }
}
