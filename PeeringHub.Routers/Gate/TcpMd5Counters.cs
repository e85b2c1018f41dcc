namespace PeeringHub.Routers.Gate;

/// <summary>
/// The kernel's TCP-MD5 counters of the router's network namespace as the gate's <c>tcp-md5</c> prints them (what
/// <c>nstat</c> shows as TcpExtTCPMD5*): segments whose signature did not match (<see cref="Failure"/>), that came
/// without a signature where one was expected (<see cref="Unexpected"/>), and that were signed where no key is set
/// (<see cref="NotFound"/>). Counted per namespace, not per peer.
/// </summary>
public readonly record struct TcpMd5Counters(long Failure, long Unexpected, long NotFound)
{
    public long Total => Failure + Unexpected + NotFound;

    /// <summary>Reads "TCPMD5Failure 3" lines; null when none of the three counters is there (a kernel without TCP-MD5, garbage).</summary>
    public static TcpMd5Counters? Parse(string output)
    {
        long? failure = null, unexpected = null, notFound = null;
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || !long.TryParse(parts[1], out var value) || value < 0) continue;
            switch (parts[0])
            {
                case "TCPMD5Failure": failure = value; break;
                case "TCPMD5Unexpected": unexpected = value; break;
                case "TCPMD5NotFound": notFound = value; break;
            }
        }
        return failure is null && unexpected is null && notFound is null ? null : new(failure ?? 0, unexpected ?? 0, notFound ?? 0);
    }

    /// <summary>How many arrived since <paramref name="earlier"/>; a counter that went down (the namespace was recreated) counts from zero.</summary>
    public long Since(TcpMd5Counters earlier) =>
        Rise(Failure, earlier.Failure) + Rise(Unexpected, earlier.Unexpected) + Rise(NotFound, earlier.NotFound);

    static long Rise(long now, long before) => now >= before ? now - before : now;
}
