using Site.Clicks.Reading;

namespace Site.Clicks.Cli;

/// <summary>What the person running <c>clicks</c> asked for.</summary>
/// <param name="Logs">Access logs to read, in the order given.</param>
/// <param name="Format">The logs' format, or <see cref="LogFormat.Auto"/> to recognise each file's.</param>
/// <param name="CsvPath">Where to write clicks per link as CSV, if asked.</param>
/// <param name="ReportDirectory">Where to write the HTML report, if asked.</param>
/// <param name="OpensPath">A mailing tool's CSV export of opens, if given.</param>
/// <param name="SiteDirectory">The built site, for the newsletters' link lists.</param>
internal sealed record ClicksOptions(
    IReadOnlyList<string> Logs,
    LogFormat Format,
    string? CsvPath,
    string? ReportDirectory,
    string? OpensPath,
    string SiteDirectory)
{
    public const string DefaultSiteDirectory = "output";
}
