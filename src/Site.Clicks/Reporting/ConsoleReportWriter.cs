namespace Site.Clicks.Reporting;

/// <summary>Writes the report as text tables: what was read and left out, then each newsletter.</summary>
internal static class ConsoleReportWriter
{
    public static void Write(ClickReport report, TextWriter output)
    {
        var scan = report.Scan;
        output.WriteLine($"Read {ReportText.Number(scan.Files)} log file{(scan.Files == 1 ? "" : "s")}: {ReportText.Number(scan.Lines)} lines, {ReportText.Number(scan.Requests)} requests, {ReportText.Number(scan.LinkRequests)} for newsletter link pages.");
        var excluded = ReportText.Exclusions(scan, report.Rule);
        output.WriteLine($"Counted {ReportText.Number(scan.Counted)} clicks. Left out {ReportText.Number(excluded.Sum(e => e.Count))}:");
        var width = excluded.Max(e => ReportText.Number(e.Count).Length);
        foreach (var (reason, count) in excluded)
        {
            output.WriteLine($"  {ReportText.Number(count).PadLeft(width)}  {reason}");
        }

        if (scan.BadLines > 0)
        {
            output.WriteLine($"Bad lines skipped: {ReportText.Number(scan.BadLines)}{(scan.BadLines > scan.BadLineExamples.Count ? $" (first {scan.BadLineExamples.Count} shown)" : "")}");
            foreach (var bad in scan.BadLineExamples)
            {
                output.WriteLine($"  {bad.File}:{bad.Line}: {bad.Problem}");
            }
        }

        if (report.CatalogNote is { } note)
        {
            output.WriteLine(note);
        }

        foreach (var newsletter in report.Newsletters)
        {
            WriteNewsletter(newsletter, output);
        }

        foreach (var opens in report.UnmatchedOpens)
        {
            output.WriteLine();
            output.WriteLine($"Opens for \"{opens.Campaign}\" ({ReportText.OpensText(opens)}) match no newsletter slug; name the campaign after the newsletter to show them beside its clicks.");
        }

        output.WriteLine();
        output.WriteLine("Unique = distinct readers (address and browser) per day, added up over days: an approximation.");
    }

    private static void WriteNewsletter(NewsletterReport newsletter, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"Newsletter {newsletter.Slug}: {ReportText.Number(newsletter.Total.Clicks)} clicks, {ReportText.Number(newsletter.Total.Unique)} unique");
        if (newsletter.Opens is { } opens)
        {
            output.WriteLine($"  Opens (approximate, from the mailing tool): {ReportText.OpensText(opens)}");
        }

        if (!newsletter.HasLinkList)
        {
            output.WriteLine("  No link list for this newsletter: links are shown by id.");
        }

        output.WriteLine();
        var sections = new TextTable(("Section", false), ("Clicks", true), ("Unique", true));
        foreach (var section in newsletter.Sections)
        {
            sections.Add(ReportText.SectionLabel(section), ReportText.Number(section.Count.Clicks), ReportText.Number(section.Count.Unique));
        }

        sections.Write(output);
        output.WriteLine();
        var links = new TextTable(("#", true), ("Link", false), ("Id", false), ("Section", false), ("Clicks", true), ("Unique", true));
        foreach (var link in newsletter.Links)
        {
            links.Add(link.Position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", ReportText.LinkLabel(link), link.Id, link.Section, ReportText.Number(link.Count.Clicks), ReportText.Number(link.Count.Unique));
        }

        links.Write(output);
        if (newsletter.Days.Count > 0)
        {
            output.WriteLine();
            var days = new TextTable(("Day", false), ("Clicks", true), ("Unique", true));
            foreach (var day in newsletter.Days.Where(day => day.Count.Clicks > 0))
            {
                days.Add(ReportText.Day(day.Day), ReportText.Number(day.Count.Clicks), ReportText.Number(day.Count.Unique));
            }

            days.Write(output);
        }
    }
}
