using Site.Clicks.Counting;
using Site.Clicks.Opens;

namespace Site.Clicks.Reporting;

/// <summary>Total clicks, and approximate unique clicks: distinct clients per day, added up over the days.</summary>
internal readonly record struct ClickCount(long Clicks, long Unique);

/// <summary>One link's clicks. <see cref="Position"/> is null for ids the newsletter's link list does not have.</summary>
internal sealed record LinkReport(string Id, string Text, string Section, string SectionTitle, string Target, int? Position, ClickCount Count);

/// <summary>One section's clicks: the sum of its links, with uniques counted across them.</summary>
internal sealed record SectionReport(string Id, string Title, ClickCount Count)
{
    /// <summary>Section of links whose id is not in the newsletter's link list.</summary>
    public const string Unknown = "(unknown)";

    /// <summary>Section of listed links that the list puts in no section.</summary>
    public const string None = "(no section)";
}

/// <summary>One day's clicks on a newsletter.</summary>
internal sealed record DayReport(DateOnly Day, ClickCount Count);

/// <summary>Everything reported about one newsletter.</summary>
internal sealed record NewsletterReport(
    string Slug,
    bool HasLinkList,
    ClickCount Total,
    NewsletterOpens? Opens,
    IReadOnlyList<SectionReport> Sections,
    IReadOnlyList<LinkReport> Links,
    IReadOnlyList<DayReport> Days);

/// <summary>The whole result of a run, ready for the console, CSV and HTML writers.</summary>
internal sealed record ClickReport(
    IReadOnlyList<NewsletterReport> Newsletters,
    ScanTotals Scan,
    BurstRule Rule,
    IReadOnlyList<NewsletterOpens> UnmatchedOpens,
    string? CatalogNote)
{
    public DateOnly? FirstDay => Newsletters.SelectMany(n => n.Days).Where(d => d.Count.Clicks > 0).Select(d => (DateOnly?)d.Day).Min();

    public DateOnly? LastDay => Newsletters.SelectMany(n => n.Days).Where(d => d.Count.Clicks > 0).Select(d => (DateOnly?)d.Day).Max();
}
