using System.Text;

namespace Site.Clicks.Reporting;

/// <summary>
/// Writes the HTML report: <c>index.html</c> with every newsletter and what was left out, and one
/// page per newsletter with clicks by section, by link and by day, each as a chart beside a table.
/// Pages are self-contained (one style element, no scripts, no external files) and marked noindex:
/// they are for the partnership, not for the public site.
/// </summary>
internal static class HtmlReportWriter
{
    public const string IndexFile = "index.html";

    private static readonly UTF8Encoding NoByteOrderMark = new(encoderShouldEmitUTF8Identifier: false);

    private const string Style = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #0b0c0c; background: #fff; line-height: 1.5; margin: 0 auto; max-width: 75rem; padding: 1rem 1.5rem 3rem; }
        a { color: #1d70b8; }
        a:focus { outline: 3px solid #fd0; background: #fd0; color: #0b0c0c; }
        h1 { font-size: 2rem; margin: 1rem 0; }
        h2 { font-size: 1.5rem; margin: 2.5rem 0 1rem; }
        table { border-collapse: collapse; margin: 0 0 1rem; }
        caption { text-align: left; font-weight: 700; padding-bottom: 0.5rem; }
        th, td { border-bottom: 1px solid #b1b4b6; padding: 0.4rem 1rem 0.4rem 0; text-align: left; vertical-align: top; }
        .number { text-align: right; font-variant-numeric: tabular-nums; }
        .pair { display: flex; flex-wrap: wrap; gap: 2rem; align-items: flex-start; }
        .pair figure { margin: 0; flex: 1 1 30rem; max-width: 40rem; }
        .pair .data { flex: 1 1 20rem; overflow-x: auto; }
        svg { max-width: 100%; height: auto; }
        svg text { font-size: 13px; fill: #0b0c0c; }
        svg .bar { fill: #1d70b8; }
        svg .axis { stroke: #505a5f; }
        .note { color: #505a5f; }
        dl.figures { display: grid; grid-template-columns: max-content auto; gap: 0.25rem 1.5rem; }
        dl.figures dt { font-weight: 700; }
        dl.figures dd { margin: 0; }
        """;

    public static void Write(ClickReport report, string directory)
    {
        Directory.CreateDirectory(directory);
        var files = PageNames(report.Newsletters);
        File.WriteAllText(Path.Combine(directory, IndexFile), Index(report, files), NoByteOrderMark);
        foreach (var newsletter in report.Newsletters)
        {
            File.WriteAllText(Path.Combine(directory, files[newsletter.Slug]), NewsletterPage(newsletter, report), NoByteOrderMark);
        }
    }

    /// <summary>File name of each newsletter's page: the slug made safe for any file system, kept unique.</summary>
    public static Dictionary<string, string> PageNames(IEnumerable<NewsletterReport> newsletters)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var newsletter in newsletters)
        {
            var safe = new string(newsletter.Slug.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? char.ToLowerInvariant(c) : '-').ToArray());
            var name = $"newsletter-{safe}.html";
            for (var n = 2; !used.Add(name); n++)
            {
                name = $"newsletter-{safe}-{n}.html";
            }

            names[newsletter.Slug] = name;
        }

        return names;
    }

    private static string Index(ClickReport report, Dictionary<string, string> files)
    {
        var html = new StringBuilder();
        Begin(html, "Newsletter clicks");
        html.Append("<h1>Newsletter clicks</h1>\n");
        html.Append($"<p>{Period(report)} From {ReportText.Number(report.Scan.Files)} access log file{(report.Scan.Files == 1 ? "" : "s")}, {ReportText.Number(report.Scan.Lines)} lines.</p>\n");
        html.Append("<table>\n<caption>Clicks per newsletter</caption>\n<thead><tr><th scope=\"col\">Newsletter</th><th scope=\"col\" class=\"number\">Clicks</th><th scope=\"col\" class=\"number\">Unique clicks</th><th scope=\"col\" class=\"number\">Opens (approximate)</th></tr></thead>\n<tbody>\n");
        foreach (var newsletter in report.Newsletters)
        {
            html.Append($"<tr><th scope=\"row\"><a href=\"{Html.Escape(files[newsletter.Slug])}\">{Html.Escape(newsletter.Slug)}</a></th>");
            html.Append($"<td class=\"number\">{ReportText.Number(newsletter.Total.Clicks)}</td><td class=\"number\">{ReportText.Number(newsletter.Total.Unique)}</td>");
            html.Append($"<td class=\"number\">{(newsletter.Opens is { } opens ? Html.Escape(ReportText.OpensText(opens)) : "not given")}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        if (report.Newsletters.Count == 0)
        {
            html.Append("<p>No newsletter link pages were requested in these logs, and no newsletter link lists were found.</p>\n");
        }

        html.Append("<h2 id=\"left-out\">What was left out</h2>\n");
        html.Append($"<p>{ReportText.Number(report.Scan.LinkRequests)} requests were for newsletter link pages; {ReportText.Number(report.Scan.Counted)} were counted as clicks.</p>\n");
        html.Append("<table>\n<caption>Requests for link pages not counted, by reason</caption>\n<thead><tr><th scope=\"col\">Reason</th><th scope=\"col\" class=\"number\">Requests</th></tr></thead>\n<tbody>\n");
        foreach (var (reason, count) in ReportText.Exclusions(report.Scan, report.Rule))
        {
            html.Append($"<tr><th scope=\"row\">{Html.Escape(reason)}</th><td class=\"number\">{ReportText.Number(count)}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        if (report.Scan.BadLines > 0)
        {
            html.Append($"<p>{ReportText.Number(report.Scan.BadLines)} log lines could not be read and were skipped. The first:</p>\n<ul>\n");
            foreach (var bad in report.Scan.BadLineExamples)
            {
                html.Append($"<li>{Html.Escape(bad.File)}, line {bad.Line}: {Html.Escape(bad.Problem)}</li>\n");
            }

            html.Append("</ul>\n");
        }

        if (report.UnmatchedOpens.Count > 0)
        {
            html.Append("<h2 id=\"unmatched-opens\">Opens not matched to a newsletter</h2>\n<ul>\n");
            foreach (var opens in report.UnmatchedOpens)
            {
                html.Append($"<li>{Html.Escape(opens.Campaign)}: {Html.Escape(ReportText.OpensText(opens))}</li>\n");
            }

            html.Append("</ul>\n<p>Name a campaign after its newsletter (its slug, or the same words) to show its opens beside the clicks.</p>\n");
        }

        About(html, report);
        End(html);
        return html.ToString();
    }

    private static string NewsletterPage(NewsletterReport newsletter, ClickReport report)
    {
        var html = new StringBuilder();
        Begin(html, $"Clicks on newsletter {newsletter.Slug}");
        html.Append($"<p><a href=\"{IndexFile}\">All newsletters</a></p>\n");
        html.Append($"<h1>Clicks on newsletter {Html.Escape(newsletter.Slug)}</h1>\n");
        html.Append("<dl class=\"figures\">\n");
        html.Append($"<dt>Clicks</dt><dd>{ReportText.Number(newsletter.Total.Clicks)}</dd>\n");
        html.Append($"<dt>Unique clicks</dt><dd>{ReportText.Number(newsletter.Total.Unique)} (approximate)</dd>\n");
        if (newsletter.Opens is { } opens)
        {
            html.Append($"<dt>Opens</dt><dd>{Html.Escape(ReportText.OpensText(opens))} (approximate, from the mailing tool)</dd>\n");
        }

        var clickedDays = newsletter.Days.Where(day => day.Count.Clicks > 0).ToList();
        if (clickedDays.Count > 0)
        {
            html.Append($"<dt>First and last click</dt><dd>{ReportText.Day(clickedDays[0].Day)} to {ReportText.Day(clickedDays[^1].Day)}</dd>\n");
        }

        html.Append("</dl>\n");
        if (!newsletter.HasLinkList)
        {
            html.Append("<p class=\"note\">No link list was found for this newsletter, so links are shown by id and all are in the section (unknown).</p>\n");
        }

        Sections(html, newsletter);
        Links(html, newsletter);
        Days(html, newsletter);
        About(html, report);
        End(html);
        return html.ToString();
    }

    private static void Sections(StringBuilder html, NewsletterReport newsletter)
    {
        html.Append("<h2 id=\"sections\">Clicks by section</h2>\n<div class=\"pair\">\n<figure>\n");
        var bars = newsletter.Sections.Select(section => new ChartBar(ReportText.SectionLabel(section), section.Count.Clicks)).ToList();
        SvgBarChart.WriteHorizontal(html, "chart-sections", $"Clicks by section, newsletter {newsletter.Slug}", Describe(bars, "sections", "section"), bars);
        html.Append("</figure>\n<div class=\"data\">\n<table>\n<caption>Clicks by section</caption>\n<thead><tr><th scope=\"col\">Section</th><th scope=\"col\" class=\"number\">Clicks</th><th scope=\"col\" class=\"number\">Unique clicks</th></tr></thead>\n<tbody>\n");
        foreach (var section in newsletter.Sections)
        {
            html.Append($"<tr><th scope=\"row\">{Html.Escape(ReportText.SectionLabel(section))}</th>{Counts(section.Count)}</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n</div>\n");
    }

    private static void Links(StringBuilder html, NewsletterReport newsletter)
    {
        html.Append("<h2 id=\"links\">Clicks by link</h2>\n<div class=\"pair\">\n<figure>\n");
        var bars = newsletter.Links.Select(link => new ChartBar(ReportText.LinkLabel(link), link.Count.Clicks)).ToList();
        SvgBarChart.WriteHorizontal(html, "chart-links", $"Clicks by link, newsletter {newsletter.Slug}", Describe(bars, "links", "link"), bars);
        html.Append("</figure>\n<div class=\"data\">\n<table>\n<caption>Clicks by link, in the order they appear in the email</caption>\n");
        html.Append("<thead><tr><th scope=\"col\" class=\"number\">Position</th><th scope=\"col\">Link</th><th scope=\"col\">Section</th><th scope=\"col\" class=\"number\">Clicks</th><th scope=\"col\" class=\"number\">Unique clicks</th></tr></thead>\n<tbody>\n");
        foreach (var link in newsletter.Links)
        {
            var label = link.Text.Length > 0 ? $"{Html.Escape(link.Text)} <span class=\"note\">({Html.Escape(link.Id)})</span>" : Html.Escape(link.Id);
            var section = link.SectionTitle.Length > 0 ? link.SectionTitle : link.Section;
            html.Append($"<tr><td class=\"number\">{link.Position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–"}</td><th scope=\"row\">{label}</th><td>{Html.Escape(section)}</td>{Counts(link.Count)}</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n</div>\n");
    }

    private static void Days(StringBuilder html, NewsletterReport newsletter)
    {
        html.Append("<h2 id=\"days\">Clicks by day</h2>\n");
        if (newsletter.Days.Count == 0)
        {
            html.Append("<p>No clicks were counted for this newsletter.</p>\n");
            return;
        }

        html.Append("<div class=\"pair\">\n<figure>\n");
        var bars = newsletter.Days.Select(day => new ChartBar(ReportText.Day(day.Day), day.Count.Clicks)).ToList();
        var busiest = newsletter.Days.MaxBy(day => day.Count.Clicks)!;
        var description = $"Clicks per day from {ReportText.Day(newsletter.Days[0].Day)} to {ReportText.Day(newsletter.Days[^1].Day)}. The busiest day was {ReportText.Day(busiest.Day)} with {ReportText.Number(busiest.Count.Clicks)} clicks. The table beside the chart gives every day.";
        SvgBarChart.WriteColumns(html, "chart-days", $"Clicks by day, newsletter {newsletter.Slug}", description, bars);
        html.Append("</figure>\n<div class=\"data\">\n<table>\n<caption>Clicks by day</caption>\n<thead><tr><th scope=\"col\">Day</th><th scope=\"col\" class=\"number\">Clicks</th><th scope=\"col\" class=\"number\">Unique clicks</th></tr></thead>\n<tbody>\n");
        foreach (var day in newsletter.Days)
        {
            html.Append($"<tr><th scope=\"row\"><time datetime=\"{ReportText.Day(day.Day)}\">{ReportText.Day(day.Day)}</time></th>{Counts(day.Count)}</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n</div>\n");
    }

    private static string Describe(IReadOnlyList<ChartBar> bars, string plural, string singular)
    {
        if (bars.Count == 0 || bars.All(bar => bar.Value == 0))
        {
            return $"Bar chart of clicks by {singular}: no clicks were counted.";
        }

        var top = bars.MaxBy(bar => bar.Value)!;
        return $"Bar chart of clicks for {bars.Count} {(bars.Count == 1 ? singular : plural)}. The most clicked was {top.Label} with {ReportText.Number(top.Value)} clicks. The table beside the chart gives every value.";
    }

    private static string Counts(ClickCount count) =>
        $"<td class=\"number\">{ReportText.Number(count.Clicks)}</td><td class=\"number\">{ReportText.Number(count.Unique)}</td>";

    private static string Period(ClickReport report) =>
        report.FirstDay is { } first && report.LastDay is { } last
            ? $"Clicks from {ReportText.Day(first)} to {ReportText.Day(last)}."
            : "No clicks were counted.";

    private static void About(StringBuilder html, ClickReport report)
    {
        html.Append("<h2 id=\"about\">About these numbers</h2>\n");
        html.Append("<p>A click is a successful GET request for a newsletter link page (<code>/go/&lt;newsletter&gt;/&lt;link&gt;/</code>) in the web server's access logs. ");
        html.Append("Requests from known crawlers, link scanners and scripts are left out, and so are bursts: one client asking for ");
        html.Append($"{report.Rule.DistinctLinks} or more different links of a newsletter within seconds, which is how mail security gateways check every link of a message.</p>\n");
        html.Append("<p>Unique clicks count different readers (the same address and browser) once per day, then add the days up. ");
        html.Append("They are approximate: colleagues sharing one office address and browser count as one, and a reader on two devices counts as two. ");
        html.Append("Addresses are never stored: each is replaced by a keyed hash whose key is random, changes every day and is forgotten when the count ends.</p>\n");
        html.Append("<p>Opens come from the mailing tool and are approximate: many mail apps block the tracking image, and some load it without the reader opening the email.</p>\n");
    }

    private static void Begin(StringBuilder html, string title)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta name=\"robots\" content=\"noindex, nofollow\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        html.Append($"<title>{Html.Escape(title)}</title>\n<style>\n{Style}\n</style>\n</head>\n<body>\n<main>\n");
    }

    private static void End(StringBuilder html) => html.Append("</main>\n</body>\n</html>\n");
}
