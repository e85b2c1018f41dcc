using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Service;

namespace PeeringHub.Routers.Resilience;

/// <summary>The Polly pipelines of one router. Writes: timeout + circuit breaker. Reads: retry with jitter around the
/// same pipeline, so reads and writes share one breaker and a failing router is left alone by both.</summary>
internal sealed class RouterPipelines
{
    public ResiliencePipeline Write { get; }
    public ResiliencePipeline Read { get; }

    public RouterPipelines(RouterOptions o)
    {
        // Only failures of the path to the router count; a refused command or config says the router is fine.
        var transient = new PredicateBuilder()
            .Handle<RouterException>(e => e.Kind is RouterErrorKind.Unreachable or RouterErrorKind.Timeout)
            .Handle<TimeoutRejectedException>();
        Write = new ResiliencePipelineBuilder()
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = transient,
                FailureRatio = 0.5,
                MinimumThroughput = 4,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = o.BreakDuration,
                OnOpened = args =>
                {
                    // Kept for the whole break: the reason callers see must not change while the breaker counts down,
                    // or every session's last error would be rewritten (and pushed to every screen) on every poll.
                    Opened = new BreakInfo(args.BreakDuration, args.Outcome.Exception?.Message ?? "failed");
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(new TimeoutStrategyOptions
            {
                // per attempt; reads get their own below, shorter
                TimeoutGenerator = args => ValueTask.FromResult(
                    args.Context.Properties.TryGetValue(ReadKey, out var r) && r ? o.ReadTimeout : o.WriteTimeout),
            })
            .Build();
        // Polly refuses 0 retries; no retries simply means reads use the write pipeline
        Read = o.ReadRetries <= 0 ? Write : new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = transient,
                MaxRetryAttempts = o.ReadRetries,
                Delay = o.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            })
            .AddPipeline(Write)
            .Build();
    }

    public static readonly ResiliencePropertyKey<bool> ReadKey = new("phr.read");

    /// <summary>When the breaker last opened: for how long and the failure that opened it.</summary>
    public BreakInfo? Opened { get; private set; }

    public sealed record BreakInfo(TimeSpan Duration, string Reason);
}
