using PeeringHub.Core.Audit;

namespace PeeringHub.App.Auth;

/// <summary>
/// A short-lived service scope for one piece of work from a component: a fresh DbContext each time (a circuit lives for hours),
/// audited as the circuit's user.
/// </summary>
public sealed class UnitOfWork(IServiceScopeFactory scopes, ICurrentActor actor)
{
    public AsyncServiceScope Begin()
    {
        var name = actor.Name;
        var scope = scopes.CreateAsyncScope();
        ((CurrentActor)scope.ServiceProvider.GetRequiredService<ICurrentActor>()).Override = name;
        return scope;
    }

    public async Task<TResult> RunAsync<TService, TResult>(Func<TService, Task<TResult>> work) where TService : notnull
    {
        await using var scope = Begin();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
