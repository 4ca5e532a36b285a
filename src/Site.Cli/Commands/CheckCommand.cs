using System.Diagnostics;
using System.Globalization;
using Site.Generator.Checks;
using Site.Generator.Checks.ExternalLinks;
using Site.Generator.Checks.OutputFolder;
using Site.Generator.Checks.Reporting;
using Site.Generator.Content;
using Site.Generator.Data;
using Site.Generator.Diagnostics;

namespace Site.Cli.Commands;

/// <summary>
/// <c>check</c>: runs the build's checks on a site that is already built (an output folder), and with
/// <c>--external</c> also checks links to other sites. Errors exit 1; warnings do not.
/// </summary>
public sealed class CheckCommand : ICliCommand
{
    private static readonly HashSet<string> Options = ["output", "content", "report", "link-cache", "max-age", "skip-host"];
    private static readonly HashSet<string> Flags = ["external"];

    public string Name => "check";

    public string Summary => "Check a built site (links, accessibility, plain language); --external also checks other sites.";

    public string Help => """
        Usage: site check [--output DIR] [--content DIR] [--external] [--report FILE]
                          [--link-cache FILE] [--max-age DAYS] [--skip-host HOST]...

        Runs the build's checks on the site in the output folder: links and fragments, accessibility,
        plain language and publishing rules. Findings name the HTML file, line and column; findings about
        a whole document (summary, review date, reading age) name its Markdown file when the content
        folder is there. A JSON report is written outside the output folder.

        Options:
          --output DIR       The built site (default: output)
          --content DIR      The site's sources, for settings, glossary and drafts (default: content)
          --external         Also check links to other sites (results cached, 4 at a time, polite per host)
          --report FILE      Where to write the JSON report (default: .site/check-report.json beside the output)
          --link-cache FILE  Where external results are cached (default: .site/link-cache.json beside the output)
          --max-age DAYS     How long a cached external result is trusted (default: 7)
          --skip-host HOST   A host whose links are not checked (repeatable; subdomains included)
          --help             Show this help
        """;

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var arguments = Arguments.Parse(args, Options, Flags);
        if (arguments.WantsHelp)
        {
            stdout.WriteLine(Help);
            return ExitCodes.Success;
        }

        var output = arguments.Option("output") ?? "output";
        var content = arguments.Option("content") ?? "content";
        var maxAge = MaxAge(arguments.Option("max-age"));
        if (!Directory.Exists(output))
        {
            stderr.WriteLine($"There is no built site in {output}/. Run 'site build' first, or give the folder with --output.");
            return ExitCodes.SiteHasErrors;
        }

        var clock = Stopwatch.StartNew();
        var sources = ReadSources(content);
        var folder = PublishedFolder.Read(output, sources.Published);
        var site = new CheckSite
        {
            OutputPaths = folder.Paths,
            Unpublished = sources.Unpublished,
            Settings = sources.Settings.Checks,
            Glossary = sources.Data.Glossary,
            Today = DateOnly.FromDateTime(DateTime.Now),
            ContentDirectory = sources.Found ? content : null,
            Positions = PositionSource.PublishedHtml,
            OutputFolderName = output.TrimEnd('/', '\\'),
            CollectExternalLinks = arguments.Flag("external"),
        };

        var outcome = SiteChecks.Run(folder.Pages, site);
        var findings = outcome.Findings.ToList();
        var severities = new RuleSeverities(site.Settings);
        if (site.CollectExternalLinks && severities.Of(BrokenExternalLinkRule.Id, BrokenExternalLinkRule.DefaultSeverity) is { } severity)
        {
            findings.AddRange(CheckExternalLinks(outcome, sources.Settings, arguments, output, maxAge, severity, stdout));
        }

        var diagnostics = severities.UnknownRules(Path.Combine(content, SettingsReader.FileName))
            .Concat(findings.Select(f => f.ToDiagnostic())).ToList();
        var hasErrors = diagnostics.Any(d => d.Severity == Severity.Error);
        DiagnosticPrinter.Print(diagnostics, hasErrors ? stderr : stdout);

        var report = arguments.Option("report") ?? CheckReport.BesideOutput(output);
        CheckReport.From(diagnostics, outcome.PagesChecked, DateTimeOffset.Now).Write(report);
        var summary = $"Checked {outcome.PagesChecked} pages in {clock.Elapsed.TotalSeconds:0.00} s: {DiagnosticPrinter.Summary(diagnostics)}. Report: {report}";
        (hasErrors ? stderr : stdout).WriteLine(summary);
        return hasErrors ? ExitCodes.SiteHasErrors : ExitCodes.Success;
    }

    private static IReadOnlyList<Finding> CheckExternalLinks(
        CheckOutcome outcome, SiteSettings settings, Arguments arguments, string output, TimeSpan maxAge, Severity severity, TextWriter stdout)
    {
        // Links to the site itself are to the live copy, not to what is being checked.
        var skip = new HashSet<string>(arguments.All("skip-host"), StringComparer.OrdinalIgnoreCase) { settings.BaseUrl.Host };
        var options = new ExternalLinkOptions
        {
            CacheFile = arguments.Option("link-cache") ?? Path.Combine(Path.GetDirectoryName(CheckReport.BesideOutput(output))!, "link-cache.json"),
            MaxAge = maxAge,
            SkipHosts = skip,
        };
        using var http = new HttpClient();
        var checker = new ExternalLinkChecker(http, options, TimeProvider.System);
        var results = checker.CheckAsync(outcome.ExternalLinks.Select(l => l.Url)).GetAwaiter().GetResult();
        var unknown = results.Count(r => r.Value.Status == ExternalLinkStatus.Unknown);
        stdout.WriteLine($"Checked {results.Count} links to other sites; {unknown} could not be checked now (rate limited, timed out or a server error) and will be tried again next time.");
        foreach (var (url, result) in results.Where(r => r.Value.Status == ExternalLinkStatus.Unknown).OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            stdout.WriteLine($"  unknown: {url} ({result.Detail})");
        }

        return BrokenExternalLinkRule.Findings(outcome.ExternalLinks, results, severity);
    }

    private static TimeSpan MaxAge(string? days)
    {
        if (days is null)
        {
            return TimeSpan.FromDays(7);
        }

        return double.TryParse(days, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? TimeSpan.FromDays(value)
            : throw new UsageException($"--max-age must be a number of days, not '{days}'.");
    }

    private static ContentFacts ReadSources(string content)
    {
        if (!Directory.Exists(content))
        {
            return new ContentFacts(false, new SiteSettings(), new SiteData(), new Dictionary<string, SourceDocument>(), new Dictionary<string, SourceDocument>());
        }

        // Problems in the sources are the build's to report; here they only cost some context.
        var ignored = new DiagnosticBag();
        var today = DateOnly.FromDateTime(DateTime.Now);
        var documents = ContentReader.Read(content, ignored).Documents;
        var published = PublishedSelection.Select(documents, includeDrafts: false, today);
        var byUrl = new Dictionary<string, SourceDocument>(StringComparer.Ordinal);
        foreach (var document in published)
        {
            byUrl.TryAdd(document.Url, document);
        }

        return new ContentFacts(true, SettingsReader.Read(content, ignored), DataReader.Read(content, ignored), byUrl, BuildChecks.Unpublished(documents, published));
    }

    private sealed record ContentFacts(
        bool Found,
        SiteSettings Settings,
        SiteData Data,
        IReadOnlyDictionary<string, SourceDocument> Published,
        IReadOnlyDictionary<string, SourceDocument> Unpublished);
}
