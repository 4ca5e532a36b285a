using Site.Clicks.Counting;
using Site.Clicks.Links;
using Site.Clicks.Opens;

namespace Site.Clicks.Reporting;

/// <summary>
/// Turns the tally into the report: every newsletter that was clicked or has a link list, every
/// listed link (unclicked ones with 0) in email order, then ids the list does not know.
/// </summary>
internal static class ClickReportBuilder
{
    /// <summary>Daily series longer than this show only the days with clicks, not every day between.</summary>
    private const int MaxFilledDays = 366;

    public static ClickReport Build(ClickTally tally, LinkCatalog catalog, ScanTotals scan, BurstRule rule, IReadOnlyList<NewsletterOpens> opens)
    {
        var slugs = tally.Newsletters.Concat(catalog.Newsletters.Select(n => n.Slug)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var (matched, unmatched) = OpensMatcher.Match(opens, slugs);
        var newsletters = slugs.Select(slug => BuildNewsletter(slug, tally.LinksOf(slug), catalog.Find(slug), matched.GetValueOrDefault(slug))).ToList();
        return new ClickReport(newsletters, scan, rule, unmatched, catalog.Note);
    }

    private static NewsletterReport BuildNewsletter(
        string slug,
        IReadOnlyDictionary<string, Dictionary<DateOnly, DayTally>> clicked,
        NewsletterLinks? list,
        NewsletterOpens? opens)
    {
        var empty = new Dictionary<DateOnly, DayTally>();
        var rows = new List<(LinkReport Report, Dictionary<DateOnly, DayTally> Days)>();
        foreach (var link in list?.Links ?? [])
        {
            var days = clicked.GetValueOrDefault(link.Id) ?? empty;
            var section = link.Section.Length > 0 ? link.Section : SectionReport.None;
            rows.Add((new LinkReport(link.Id, link.Text, section, link.SectionTitle, link.Target, link.Position, Count([days])), days));
        }

        foreach (var (id, days) in clicked.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (list?.Find(id) is null)
            {
                rows.Add((new LinkReport(id, "", SectionReport.Unknown, "", "", null, Count([days])), days));
            }
        }

        var sections = rows
            .GroupBy(row => row.Report.Section, StringComparer.Ordinal)
            .Select(group => new SectionReport(
                group.Key,
                group.Select(row => row.Report.SectionTitle).FirstOrDefault(title => title.Length > 0) ?? "",
                Count(group.Select(row => row.Days))))
            .ToList();

        return new NewsletterReport(
            slug,
            list is not null,
            Count(rows.Select(row => row.Days)),
            opens,
            sections,
            rows.Select(row => row.Report).ToList(),
            Daily(rows.Select(row => row.Days).ToList()));
    }

    /// <summary>
    /// Clicks add up; uniques are distinct clients per day across the links given, added up over
    /// days (a reader's key changes every day, so days cannot be joined).
    /// </summary>
    private static ClickCount Count(IEnumerable<Dictionary<DateOnly, DayTally>> links)
    {
        long clicks = 0;
        var clients = new Dictionary<DateOnly, HashSet<ulong>>();
        foreach (var days in links)
        {
            foreach (var (day, tally) in days)
            {
                clicks += tally.Clicks;
                if (!clients.TryGetValue(day, out var set))
                {
                    set = [];
                    clients[day] = set;
                }

                set.UnionWith(tally.Clients);
            }
        }

        return new ClickCount(clicks, clients.Values.Sum(set => (long)set.Count));
    }

    private static List<DayReport> Daily(List<Dictionary<DateOnly, DayTally>> links)
    {
        var days = links.SelectMany(link => link.Keys).Distinct().Order().ToList();
        if (days.Count == 0)
        {
            return [];
        }

        var first = days[0];
        var last = days[^1];
        if (last.DayNumber - first.DayNumber < MaxFilledDays)
        {
            days = Enumerable.Range(0, last.DayNumber - first.DayNumber + 1).Select(first.AddDays).ToList();
        }

        return days
            .Select(day => new DayReport(day, Count(links.Select(link => link.TryGetValue(day, out var tally)
                ? new Dictionary<DateOnly, DayTally> { [day] = tally }
                : []))))
            .ToList();
    }
}
