namespace PeeringHub.Core.Domain;

/// <summary>A pair of peering-LAN addresses seen exchanging TCP/179 in sFlow, with the sample counts that decide its state.</summary>
public class DetectedSession
{
    public long Id { get; set; }
    public int PeeringLanId { get; set; }
    public PeeringLan? PeeringLan { get; set; }
    public int AddressFamily { get; set; }
    /// <summary>The lower address of the pair (ordered so a pair has one row).</summary>
    public string AddressA { get; set; } = "";
    public string AddressB { get; set; } = "";
    public DateTime FirstSeen { get; set; }
    public DateTime LastSeen { get; set; }
    /// <summary>All TCP/179 samples of the pair (see <see cref="DetectedSessionEvidence"/> for each count).</summary>
    public long Samples { get; set; }
    /// <summary>Samples seen from B to A (A to B is <see cref="Samples"/> minus this).</summary>
    public long ReverseSamples { get; set; }
    public long SessionMessageSamples { get; set; }
    public long OpenSamples { get; set; }
    public long NotificationSamples { get; set; }
    /// <summary>TCP payload without a readable BGP marker at its start.</summary>
    public long PayloadSamples { get; set; }
    public long AckSamples { get; set; }
    public long SynSamples { get; set; }
    public long ResetSamples { get; set; }
    public long FinSamples { get; set; }
    public long InconclusiveSamples { get; set; }
    public int HeaderBytes { get; set; }

    public DetectedSessionEvidence Evidence => new(
        Samples, ReverseSamples, SessionMessageSamples, OpenSamples, NotificationSamples, PayloadSamples,
        AckSamples, SynSamples, ResetSamples, FinSamples, InconclusiveSamples, HeaderBytes);

    public void SetEvidence(DetectedSessionEvidence e)
    {
        Samples = e.Samples; ReverseSamples = e.ReverseSamples; SessionMessageSamples = e.SessionMessageSamples;
        OpenSamples = e.OpenSamples; NotificationSamples = e.NotificationSamples; PayloadSamples = e.PayloadSamples;
        AckSamples = e.AckSamples; SynSamples = e.SynSamples; ResetSamples = e.ResetSamples; FinSamples = e.FinSamples;
        InconclusiveSamples = e.InconclusiveSamples; HeaderBytes = e.HeaderBytes;
    }
}
