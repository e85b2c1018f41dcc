using PeeringHub.Core.Sessions;

namespace PeeringHub.App.Components.Pages.Sessions;

/// <summary>Shared between a running bulk action and its progress dialog.</summary>
public sealed class ActionProgressState(int total)
{
    public int Total { get; } = total;
    public int Done { get; private set; }
    public string? LastRouter { get; private set; }
    public string? LastRouterPlatform { get; private set; }
    public IReadOnlyList<SessionActionOutcome>? Outcomes { get; private set; }
    public string? Error { get; private set; }
    public event Action? Changed;

    public void Report(SessionActionProgress p)
    {
        Done = p.Done;
        if (p.Router is not null) (LastRouter, LastRouterPlatform) = (p.Router, p.RouterPlatform);
        Changed?.Invoke();
    }

    public void Finish(IReadOnlyList<SessionActionOutcome> outcomes)
    {
        Done = Total;
        Outcomes = outcomes;
        Changed?.Invoke();
    }

    public void Fail(string error)
    {
        Error = error;
        Changed?.Invoke();
    }
}
