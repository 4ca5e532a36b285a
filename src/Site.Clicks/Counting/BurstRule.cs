namespace Site.Clicks.Counting;

/// <summary>
/// When a run of requests counts as a mail gateway checking links rather than a reader: one client
/// (same address and user agent) asks for at least <see cref="DistinctLinks"/> different links of one
/// newsletter, each request following the one before within <see cref="MaxGap"/>.
/// </summary>
/// <remarks>
/// A reader opens a link, reads, and perhaps comes back for another: seconds to minutes apart, and
/// rarely three different links in a row at once. A gateway fetches every link of the message
/// within a second or two. For a newsletter with fewer links than <see cref="DistinctLinks"/>, all
/// of its links (at least two) make a burst.
/// </remarks>
internal sealed record BurstRule(TimeSpan MaxGap, int DistinctLinks)
{
    public static BurstRule Default { get; } = new(TimeSpan.FromSeconds(5), 3);

    /// <summary>Distinct links that make a burst for a newsletter with this many links (0 when unknown).</summary>
    public int DistinctLinksFor(int linksInNewsletter) =>
        linksInNewsletter <= 0 ? DistinctLinks : Math.Clamp(linksInNewsletter, 2, DistinctLinks);
}
