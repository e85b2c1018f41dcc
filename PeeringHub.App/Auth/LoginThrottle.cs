using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace PeeringHub.App.Auth;

/// <summary>
/// Exponential delay after failed logins, per (user name as typed, client address) — not per account (issue 16: anyone could
/// lock the admin out for 15 minutes, and the answer told whether the user existed). The name is not looked up, so an unknown
/// name is throttled and answered exactly like a known one, and failures from one address never stop the user elsewhere.
/// IPv6 clients count per /64, the block one subscriber usually holds.
/// </summary>
public sealed class LoginThrottle(TimeProvider clock, IOptions<LoginThrottleOptions> options)
{
    readonly LoginThrottleOptions _o = options.Value;
    readonly ConcurrentDictionary<(string User, string Address), Entry> _entries = new();

    sealed class Entry
    {
        public int Failures;
        public DateTimeOffset LastFailure;
        public DateTimeOffset BlockedUntil;
    }

    /// <summary>How long this pair must still wait before a password is even checked; null when it may try now.</summary>
    public TimeSpan? Wait(string userName, IPAddress? address)
    {
        if (!_entries.TryGetValue(Key(userName, address), out var e)) return null;
        lock (e)
        {
            var left = e.BlockedUntil - clock.GetUtcNow();
            return left > TimeSpan.Zero ? left : null;
        }
    }

    /// <summary>Counts a failed attempt; from <see cref="LoginThrottleOptions.FreeAttempts"/> on, the pair waits, twice as long each time.</summary>
    public void Failed(string userName, IPAddress? address)
    {
        var now = clock.GetUtcNow();
        if (_entries.Count >= _o.MaxEntries) Prune(now);
        var e = _entries.GetOrAdd(Key(userName, address), _ => new Entry());
        lock (e)
        {
            if (now - e.LastFailure > _o.ForgetAfter) e.Failures = 0;
            e.Failures++;
            e.LastFailure = now;
            if (e.Failures >= _o.FreeAttempts)
            {
                var doublings = Math.Min(e.Failures - _o.FreeAttempts, 20);
                var delay = TimeSpan.FromTicks(Math.Min(_o.FirstDelay.Ticks * (1L << doublings), _o.MaxDelay.Ticks));
                e.BlockedUntil = now + delay;
            }
        }
    }

    /// <summary>A successful login clears the pair.</summary>
    public void Succeeded(string userName, IPAddress? address) => _entries.TryRemove(Key(userName, address), out _);

    void Prune(DateTimeOffset now)
    {
        foreach (var (key, e) in _entries)
            if (now - e.LastFailure > _o.ForgetAfter && e.BlockedUntil <= now) _entries.TryRemove(key, out _);
        var excess = _entries.Count - _o.MaxEntries / 2;
        if (excess <= 0) return;
        foreach (var key in _entries.OrderBy(kv => kv.Value.LastFailure).Take(excess).Select(kv => kv.Key).ToList())
            _entries.TryRemove(key, out _);
    }

    static (string, string) Key(string userName, IPAddress? address) => (userName.Trim().ToUpperInvariant(), AddressKey(address));

    static string AddressKey(IPAddress? address)
    {
        if (address is null) return "-";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
