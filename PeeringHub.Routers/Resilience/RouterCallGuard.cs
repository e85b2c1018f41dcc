using Microsoft.Extensions.Logging;
using PeeringHub.Routers.Contract;

namespace PeeringHub.Routers.Resilience;

/// <summary>The one boundary where router-layer exceptions become results: callers (UI, API, poller) get a
/// <see cref="RouterResult{T}"/> with a reason, never an exception.</summary>
internal sealed class RouterCallGuard(ILogger<RouterCallGuard> log)
{
    public async Task<RouterResult<T>> RunAsync<T>(RouterTarget router, string operation, Func<Task<T>> call, CancellationToken ct)
    {
        try
        {
            return RouterResult<T>.Ok(await call());
        }
        catch (RouterException e)
        {
            log.LogWarning("{Router}: {Operation} failed ({Kind}): {Message}", router, operation, e.Kind, e.Message);
            return RouterResult<T>.Fail(e.Kind, e.Message);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw; // the caller cancelled; that is not a router failure
        }
        catch (Exception e)
        {
            // A bug or an environment fault (ssh binary missing, disk full): still a result, but logged with the stack.
            log.LogError(e, "{Router}: {Operation} failed unexpectedly", router, operation);
            return RouterResult<T>.Fail(RouterErrorKind.Internal, $"{operation} failed: {e.GetType().Name}: {e.Message}");
        }
    }
}
