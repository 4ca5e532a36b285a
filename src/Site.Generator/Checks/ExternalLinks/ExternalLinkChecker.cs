using System.Net;
using System.Net.Sockets;

namespace Site.Generator.Checks.ExternalLinks;

/// <summary>
/// Checks links to other sites: HEAD first, then GET when a server does not answer HEAD properly;
/// a few requests at once and a pause between requests to the same host; retries with backoff for
/// timeouts, failed connections and server errors; results cached between runs. Being rate limited
/// (429) or timing out gives "unknown", never "broken".
/// </summary>
public sealed class ExternalLinkChecker(HttpClient http, ExternalLinkOptions options, TimeProvider time)
{
    public async Task<IReadOnlyDictionary<string, ExternalLinkResult>> CheckAsync(IEnumerable<string> urls, CancellationToken cancellation = default)
    {
        var cache = LinkCache.Load(options.CacheFile);
        var results = new Dictionary<string, ExternalLinkResult>(StringComparer.Ordinal);
        var toCheck = new List<(string Url, Uri Uri)>();
        foreach (var url in urls.Distinct(StringComparer.Ordinal))
        {
            if (!Uri.TryCreate(url.StartsWith("//", StringComparison.Ordinal) ? "https:" + url : url, UriKind.Absolute, out var uri))
            {
                results[url] = new ExternalLinkResult(ExternalLinkStatus.Broken, null, "not a valid web address", time.GetUtcNow());
            }
            else if (options.Skips(uri.Host))
            {
                continue;
            }
            else if (cache.Fresh(url, time.GetUtcNow(), options.MaxAge) is { } cached)
            {
                results[url] = cached;
            }
            else
            {
                toCheck.Add((url, uri));
            }
        }

        var throttle = new HostThrottle(options.PerHostDelay, time);
        using var slots = new SemaphoreSlim(options.Concurrency, options.Concurrency);
        var checks = toCheck.Select(async link =>
        {
            await slots.WaitAsync(cancellation).ConfigureAwait(false);
            try
            {
                return (link.Url, Result: await CheckWithRetriesAsync(link.Uri, throttle, cancellation).ConfigureAwait(false));
            }
            finally
            {
                slots.Release();
            }
        });

        foreach (var (url, result) in await Task.WhenAll(checks).ConfigureAwait(false))
        {
            results[url] = result;
            cache.Remember(url, result);
        }

        cache.Save(options.CacheFile);
        return results;
    }

    private async Task<ExternalLinkResult> CheckWithRetriesAsync(Uri uri, HostThrottle throttle, CancellationToken cancellation)
    {
        var delay = options.RetryDelay;
        for (var attempt = 0; ; attempt++)
        {
            var result = await throttle.RunAsync(uri.Host, () => CheckOnceAsync(uri, cancellation), cancellation).ConfigureAwait(false);
            if (!result.Retry || attempt >= options.Retries)
            {
                return result.Result;
            }

            await Task.Delay(delay, time, cancellation).ConfigureAwait(false);
            delay *= 2;
        }
    }

    private async Task<(ExternalLinkResult Result, bool Retry)> CheckOnceAsync(Uri uri, CancellationToken cancellation)
    {
        try
        {
            var status = await StatusAsync(HttpMethod.Head, uri, cancellation).ConfigureAwait(false);

            // Many servers refuse or mishandle HEAD; only a GET's answer counts against a link.
            if (!IsSuccess(status) && status != HttpStatusCode.TooManyRequests)
            {
                status = await StatusAsync(HttpMethod.Get, uri, cancellation).ConfigureAwait(false);
            }

            var code = (int)status;
            return status switch
            {
                _ when IsSuccess(status) => (Result(ExternalLinkStatus.Ok, code, "ok"), false),
                HttpStatusCode.TooManyRequests => (Result(ExternalLinkStatus.Unknown, code, "the site is limiting requests (429)"), false),
                _ when code >= 500 => (Result(ExternalLinkStatus.Unknown, code, $"the site had an error ({code})"), true),
                _ => (Result(ExternalLinkStatus.Broken, code, $"the site answered {code} {status}"), false),
            };
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return (Result(ExternalLinkStatus.Unknown, null, $"no answer within {options.Timeout.TotalSeconds:0} seconds"), true);
        }
        catch (HttpRequestException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.HostNotFound })
        {
            return (Result(ExternalLinkStatus.Broken, null, $"the host {uri.Host} does not exist"), false);
        }
        catch (HttpRequestException e)
        {
            return (Result(ExternalLinkStatus.Broken, null, $"could not connect ({e.Message})"), true);
        }
    }

    private async Task<HttpStatusCode> StatusAsync(HttpMethod method, Uri uri, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(options.Timeout);
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.UserAgent.ParseAdd(options.UserAgent);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
        return response.StatusCode;
    }

    private ExternalLinkResult Result(ExternalLinkStatus status, int? code, string detail) => new(status, code, detail, time.GetUtcNow());

    private static bool IsSuccess(HttpStatusCode status) => (int)status is >= 200 and < 400;
}
