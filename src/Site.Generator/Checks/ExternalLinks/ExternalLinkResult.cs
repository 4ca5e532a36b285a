namespace Site.Generator.Checks.ExternalLinks;

/// <summary>What checking a link to another site found.</summary>
public enum ExternalLinkStatus
{
    /// <summary>The page answered (after any redirects) with a success.</summary>
    Ok,

    /// <summary>The page is gone (404, 410, other client errors) or its host cannot be reached.</summary>
    Broken,

    /// <summary>No answer worth trusting: rate limited (429), timed out, or a server error; checked again next time.</summary>
    Unknown,
}

/// <summary>The result of checking one URL, as kept in the cache.</summary>
public sealed record ExternalLinkResult(ExternalLinkStatus Status, int? HttpStatus, string Detail, DateTimeOffset CheckedAt);
