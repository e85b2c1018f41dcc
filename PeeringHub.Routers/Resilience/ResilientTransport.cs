using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using PeeringHub.Routers.Contract;

namespace PeeringHub.Routers.Resilience;

/// <summary>Runs every command of one router through its pipelines: read-only commands may be retried, changes never.
/// Polly's own exceptions become <see cref="RouterException"/>s with a reason an operator understands.</summary>
internal sealed class ResilientTransport(IRouterTransport inner, RouterPipelines pipelines, string routerName) : IRouterTransport
{
    public IRouterTransport Inner => inner;

    public async Task<CommandResult> RunAsync(RouterCommand command, CancellationToken ct)
    {
        var context = ResilienceContextPool.Shared.Get(ct);
        context.Properties.Set(RouterPipelines.ReadKey, command.ReadOnly);
        try
        {
            var pipeline = command.ReadOnly ? pipelines.Read : pipelines.Write;
            return await pipeline.ExecuteAsync(static async (ctx, state) => await state.inner.RunAsync(state.command, ctx.CancellationToken),
                context, (inner, command));
        }
        catch (TimeoutRejectedException e)
        {
            throw new RouterException(RouterErrorKind.Timeout, $"{routerName}: '{command.Args[0]}' did not finish within {e.Timeout.TotalSeconds:0.#} s");
        }
        catch (BrokenCircuitException)
        {
            // Same text for every call of one break (no countdown): see RouterPipelines.Opened.
            var opened = pipelines.Opened;
            throw new RouterException(RouterErrorKind.CircuitOpen, opened is null
                ? $"{routerName}: not contacted after repeated failures (circuit open)"
                : $"{routerName}: not contacted for {opened.Duration.TotalSeconds:0} s at a time after repeated failures (circuit open); last error: {opened.Reason.Replace(routerName + ": ", "", StringComparison.Ordinal)}");
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
