namespace PeeringHub.Core.Inventory;

/// <summary>
/// Tells listeners that members or peering LANs were added, changed or deleted (raised by the database context after a
/// save), so address-based lookups such as the sFlow member directory follow at once instead of on a timer.
/// </summary>
public sealed class LanMembershipFeed
{
    public event Action? Changed;

    public void Publish() => Changed?.Invoke();
}
