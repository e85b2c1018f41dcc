using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>Fetches one endpoint's records from the PeeringDB API, honouring 429 Retry-After.</summary>
public sealed class PeeringDbClient(HttpClient http, IOptions<PeeringDbOptions> options, ILogger<PeeringDbClient> logger)
{
    private readonly PeeringDbOptions _o = options.Value;

    /// <summary>Raw body of <c>GET {BaseUrl}/{endpoint}?depth=0[&amp;since=N]</c>.</summary>
    /// <exception cref="PeeringDbHttpException">HTTP error, 429 beyond the retry budget, transport failure or timeout.</exception>
    public async Task<byte[]> FetchAsync(string endpoint, long? since, CancellationToken ct)
    {
        var url = $"{_o.BaseUrl.TrimEnd('/')}/{endpoint}?depth=0" + (since is { } s ? $"&since={s}" : "");
        try
        {
            return await FetchWithRetriesAsync(endpoint, url, ct);
        }
        catch (HttpRequestException ex)
        {
            throw new PeeringDbHttpException(endpoint, ex.Message, ex);
        }
        catch (TaskCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw new PeeringDbHttpException(endpoint, $"no complete answer within {_o.RequestTimeout}", ex);
        }
    }

    private async Task<byte[]> FetchWithRetriesAsync(string endpoint, string url, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var req = new HttpRequestMessage(HttpMethod.Get, url);
            req.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (!string.IsNullOrEmpty(_o.ApiKey))
                req.Headers.TryAddWithoutValidation("Authorization", "Api-Key " + _o.ApiKey);

            using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
            cts.CancelAfter(_o.RequestTimeout);
            using var resp = await http.SendAsync(req, HttpCompletionOption.ResponseHeadersRead, cts.Token);
            if (resp.StatusCode == HttpStatusCode.TooManyRequests && attempt < _o.MaxRetries)
            {
                var delay = RetryDelay(resp, attempt);
                // The URL is logged, the request headers (API key) never are.
                logger.LogWarning("PeeringDB {Endpoint}: HTTP 429, retrying in {Delay} (attempt {Attempt})", endpoint, delay, attempt + 1);
                await Task.Delay(delay, ct);
                continue;
            }
            if (!resp.IsSuccessStatusCode)
            {
                var body = await resp.Content.ReadAsStringAsync(cts.Token);
                throw new PeeringDbHttpException(endpoint, resp.StatusCode, body.Length > 200 ? body[..200] : body);
            }
            return await ReadLimitedAsync(endpoint, resp, cts.Token);
        }
    }

    /// <summary>Streams the body into memory and stops at <see cref="PeeringDbOptions.MaxResponseBytes"/>.</summary>
    private async Task<byte[]> ReadLimitedAsync(string endpoint, HttpResponseMessage resp, CancellationToken ct) =>
        await BoundedContent.ReadAsync(resp.Content, _o.MaxResponseBytes, ct) ?? throw TooLarge(endpoint, resp.StatusCode, _o.MaxResponseBytes);

    private static PeeringDbHttpException TooLarge(string endpoint, HttpStatusCode status, long max) =>
        PeeringDbHttpException.Refused(endpoint, status, $"the answer is larger than {BoundedContent.Describe(max)} (PeeringHub:PeeringDb:MaxResponseBytes); it was not read and nothing of it was applied");

    private TimeSpan RetryDelay(HttpResponseMessage resp, int attempt)
    {
        var ra = resp.Headers.RetryAfter;
        TimeSpan delay = ra?.Delta
            ?? (ra?.Date is { } d ? d - DateTimeOffset.UtcNow : TimeSpan.FromSeconds(Math.Pow(2, attempt)));
        if (delay < TimeSpan.Zero) delay = TimeSpan.Zero;
        return delay > _o.MaxRetryDelay ? _o.MaxRetryDelay : delay;
    }
}
