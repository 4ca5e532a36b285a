namespace Site.Generator.Checks.ExternalLinks;

/// <summary>How politely and how often links to other sites are checked.</summary>
public sealed record ExternalLinkOptions
{
    /// <summary>The JSON file results are kept in between runs; outside the published folder.</summary>
    public required string CacheFile { get; init; }

    /// <summary>How long a result is trusted before the link is checked again.</summary>
    public TimeSpan MaxAge { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Requests in flight at once, across all hosts.</summary>
    public int Concurrency { get; init; } = 4;

    /// <summary>The least time between two requests to the same host.</summary>
    public TimeSpan PerHostDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Further attempts after a timeout, a failed connection or a server error.</summary>
    public int Retries { get; init; } = 2;

    /// <summary>The wait before the first retry; it doubles for each one after.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one request may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Hosts never checked (sites that refuse robots, or the site itself); subdomains included.</summary>
    public IReadOnlySet<string> SkipHosts { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    public string UserAgent { get; init; } = "SiteLinkCheck/1.0 (checks links from a safeguarding partnership's website)";

    /// <summary>Is this host, or a host it is a subdomain of, on the skip list?</summary>
    public bool Skips(string host)
    {
        foreach (var skipped in SkipHosts)
        {
            if (host.Equals(skipped, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + skipped, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
