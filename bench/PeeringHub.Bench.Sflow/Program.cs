using PeeringHub.Bench.Sflow;

// bench decode [samples] [outdir]   decode+detect in memory, accuracy, then tshark and sfacctd on the same pcap
// bench udp [rate] [seconds]        live UDP on loopback through the real collector service
// bench file <capture.pcap|.pcapng> [truth.json] [--port N] [--runs N]   a capture file end to end: read + decode + detect
// bench parts [samples]            decode only / + rule / full pipeline, medians per CPU-second
// bench loop [--seconds N | --passes N] [--samples N] [--decode-only]   the pipeline in a loop, to profile (perf, cachegrind)
// bench send <port> <rate> <seconds> <pcap>   (internal) the UDP sender, run as a separate process
var cmd = args.Length > 0 ? args[0] : "decode";
return cmd switch
{
    "decode" => await DecodeBench.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 1_000_000, args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), "sf-bench")),
    "udp" => await UdpBench.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 150_000, args.Length > 2 ? int.Parse(args[2]) : 30),
    "file" when args.Length > 1 => FileBench.Run(args[1], args.Skip(2).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _)),
        Option(args, "--port", 0), Option(args, "--runs", 5)),
    "parts" => PartsBench.Run(args.Length > 1 ? int.Parse(args[1]) : 300_000),
    "loop" => PartsBench.Loop(Option(args, "--samples", 1_000_000), Option(args, "--seconds", 20), Option(args, "--passes", 0), args.Contains("--decode-only")),
    "send" => UdpSender.Run(int.Parse(args[1]), int.Parse(args[2]), int.Parse(args[3]), args[4]),
    _ => Usage(),
};

static int Option(string[] args, string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : fallback;
}

static int Usage()
{
    Console.Error.WriteLine("usage: bench decode [samples] [outdir] | bench udp [rate] [seconds] | bench file <capture> [truth.json] [--port N] [--runs N]");
    return 2;
}
