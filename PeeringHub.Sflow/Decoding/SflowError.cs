namespace PeeringHub.Sflow.Decoding;

/// <summary>Why a datagram, sample or record was rejected. Values index <see cref="SflowCounters"/>' malformed counters.</summary>
public enum SflowError
{
    None = 0,
    /// <summary>The datagram ended inside its fixed header.</summary>
    TruncatedDatagramHeader,
    /// <summary>Version field is not 5.</summary>
    UnsupportedVersion,
    /// <summary>Agent address type is neither 1 (IPv4) nor 2 (IPv6).</summary>
    BadAgentAddressType,
    /// <summary>A sample's declared length runs past the end of the datagram.</summary>
    SampleOverrun,
    /// <summary>The datagram ended before the declared number of samples.</summary>
    MissingSamples,
    /// <summary>A flow or counter sample's fixed fields do not fit its declared length.</summary>
    TruncatedSampleHeader,
    /// <summary>A record's declared length runs past the end of its sample.</summary>
    RecordOverrun,
    /// <summary>The sample ended before the declared number of records.</summary>
    MissingRecords,
    /// <summary>A record's fixed fields do not fit its declared length (e.g. header length larger than the record).</summary>
    TruncatedRecord,
    /// <summary>Trailing bytes after the declared samples (tolerated, counted).</summary>
    TrailingBytes,
}
