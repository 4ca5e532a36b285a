using System.Globalization;
using Site.Clicks.Counting;

namespace Site.Clicks.Reporting;

/// <summary>Wording and number formats shared by the console and HTML reports, so both say the same.</summary>
internal static class ReportText
{
    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string LinkLabel(LinkReport link) => link.Text.Length > 0 ? link.Text : link.Id;

    public static string SectionLabel(SectionReport section) => section.Title.Length > 0 ? section.Title : section.Id;

    public static string AgentKindName(AgentKind kind) => kind switch
    {
        AgentKind.LinkScanner => "mail link scanners",
        AgentKind.LinkPreview => "link preview fetchers",
        AgentKind.Crawler => "crawlers and bots",
        AgentKind.Script => "scripts and command-line tools",
        AgentKind.Monitor => "monitors and link checkers",
        _ => kind.ToString(),
    };

    /// <summary>Each reason requests for link pages were left out, with how many, in a fixed order.</summary>
    public static IReadOnlyList<(string Reason, long Count)> Exclusions(ScanTotals scan, BurstRule rule)
    {
        var agents = Enum.GetValues<AgentKind>()
            .Where(kind => scan.AutomatedOf(kind) > 0)
            .Select(kind => $"{Number(scan.AutomatedOf(kind))} {AgentKindName(kind)}");
        var agentDetail = scan.Automated > 0 ? $" ({string.Join(", ", agents)})" : "";
        return
        [
            ("not a GET request (HEAD and other methods)", scan.NotGet),
            ("response was not a success (not 2xx: not found, redirect, error)", scan.NotSuccessful),
            ($"automated user agent{agentDetail}", scan.Automated),
            ($"burst: one client opening {rule.DistinctLinks} or more links of a newsletter, each within {rule.MaxGap.TotalSeconds:0} seconds of the last", scan.Burst),
        ];
    }

    public static string OpensText(Opens.NewsletterOpens opens)
    {
        var parts = new List<string>();
        if (opens.Opens is { } total)
        {
            parts.Add($"{Number(total)} opens");
        }

        if (opens.UniqueOpens is { } unique)
        {
            parts.Add($"{Number(unique)} unique opens");
        }

        return string.Join(", ", parts);
    }
}
