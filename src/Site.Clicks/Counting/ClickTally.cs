namespace Site.Clicks.Counting;

/// <summary>Clicks on one link on one day, and the day-keyed client hashes behind them.</summary>
internal sealed class DayTally
{
    public long Clicks { get; set; }

    public HashSet<ulong> Clients { get; } = [];
}

/// <summary>
/// The counted clicks, per newsletter, link and day. Its size grows with the number of distinct
/// readers per day, not with the log. Uniques for sections, newsletters and days are worked out from
/// the per-link sets when the report is built.
/// </summary>
internal sealed class ClickTally
{
    private readonly Dictionary<string, Dictionary<string, Dictionary<DateOnly, DayTally>>> newsletters = new(StringComparer.Ordinal);

    public IEnumerable<string> Newsletters => newsletters.Keys;

    public void Add(Click click)
    {
        if (!newsletters.TryGetValue(click.Newsletter, out var links))
        {
            links = new Dictionary<string, Dictionary<DateOnly, DayTally>>(StringComparer.Ordinal);
            newsletters[click.Newsletter] = links;
        }

        if (!links.TryGetValue(click.Link, out var days))
        {
            days = [];
            links[click.Link] = days;
        }

        if (!days.TryGetValue(click.Day, out var day))
        {
            day = new DayTally();
            days[click.Day] = day;
        }

        day.Clicks++;
        day.Clients.Add(click.Client.Day);
    }

    /// <summary>Links clicked in a newsletter, each with its days; empty for a newsletter never clicked.</summary>
    public IReadOnlyDictionary<string, Dictionary<DateOnly, DayTally>> LinksOf(string newsletter) =>
        newsletters.TryGetValue(newsletter, out var links) ? links : new Dictionary<string, Dictionary<DateOnly, DayTally>>();
}
