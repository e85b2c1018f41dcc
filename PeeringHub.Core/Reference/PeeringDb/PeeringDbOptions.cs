namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>Bound from <c>PeeringHub:PeeringDb</c>.</summary>
public sealed class PeeringDbOptions
{
    public const string Section = "PeeringHub:PeeringDb";

    public string BaseUrl { get; set; } = "https://www.peeringdb.com/api";
    /// <summary>Sent as <c>Authorization: Api-Key …</c>; contacts (poc) need it. Never logged.</summary>
    public string? ApiKey { get; set; }
    /// <summary>Scheduled sync interval; zero or negative disables the scheduler.</summary>
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromDays(1);
    /// <summary>How many HTTP 429 answers one request tolerates before the sync fails.</summary>
    public int MaxRetries { get; set; } = 5;
    /// <summary>Upper bound for one Retry-After wait, so a huge value cannot park the sync for hours.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(2);
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>Largest upload the file import accepts (all files of one request together); a full PeeringDB dump is about 60 MB.</summary>
    public long MaxImportBytes { get; set; } = 128L * 1024 * 1024;
    /// <summary>
    /// The largest answer one endpoint may send (a full netixlan pull is about 20 MB today). A larger one fails the sync with a
    /// clear error instead of growing the process until it is killed (a 250 MB reply once took the app to 7.8 GB).
    /// </summary>
    public long MaxResponseBytes { get; set; } = 64L * 1024 * 1024;
}
