namespace PeeringHub.Routers.Transport;

/// <summary>
/// A change sent over the live CLI as requests in order. The script stops at the first request that fails, as
/// <c>vtysh -c … -c …</c> stops at its first failing command: a failed configuration block is never saved.
/// </summary>
internal sealed record LiveScript(IReadOnlyList<LiveStep> Steps);

/// <summary>One request of a <see cref="LiveScript"/>: a single command, or a whole configuration block (from
/// <c>configure terminal</c> to <c>end</c>) sent at once so the CLI is back at its top level when the reply ends.</summary>
internal sealed record LiveStep(IReadOnlyList<string> Lines, bool Configuration);
