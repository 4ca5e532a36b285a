using Site.Generator.Build;
using Site.Generator.Checks.Html;
using Site.Generator.Checks.Reporting;
using Site.Generator.Content;
using Site.Generator.Data;
using Site.Generator.Diagnostics;
using Site.Generator.Markdown;
using Site.Generator.Theme;

namespace Site.Generator.Checks;

/// <summary>
/// The build's checks: each laid-out page is checked over its one parse as soon as it is made
/// (<see cref="Check"/>), against everything the build publishes; <see cref="Finish"/> settles what
/// needs every page and adds the findings to the build's diagnostics (errors fail the build), and
/// writes them as a JSON report outside the published folder.
/// </summary>
public sealed class BuildChecks
{
    private readonly SiteChecks _checks;
    private readonly SiteSettings _settings;
    private readonly BuildOptions _options;

    /// <param name="outputPaths">Every path the build will publish, without the leading slash.</param>
    public BuildChecks(
        IReadOnlySet<string> outputPaths,
        IReadOnlyList<SourceDocument> allDocuments,
        IReadOnlyList<SourceDocument> published,
        SiteSettings settings,
        SiteData data,
        BuildOptions options)
    {
        _settings = settings;
        _options = options;
        _checks = new SiteChecks(
            new CheckSite
            {
                OutputPaths = outputPaths,
                Unpublished = Unpublished(allDocuments, published),
                Settings = settings.Checks,
                Glossary = data.Glossary,
                Today = options.Today,
                ContentDirectory = options.ContentDirectory,
                Positions = PositionSource.Sources,
            },
            keepElements: false);
    }

    /// <summary>Checks one laid-out page; safe to call from several threads at once, each with its own parser.</summary>
    /// <returns>The page's index, for other steps that read the same page.</returns>
    public PageIndex Check(PageModel page, string outputPath, string html, LayoutParser parser)
    {
        var (document, index) = parser.Parse(html, page.Url, _checks.Links);
        var blocks = page.Body.Segments.OfType<BlockSegment>().Select(b => b.At).ToList();
        return _checks.Check(new CheckedPage(page.Url, outputPath, document, page.Document, blocks), index);
    }

    public CheckOutcome Finish(DiagnosticBag diagnostics)
    {
        var outcome = _checks.Finish();
        var severities = new RuleSeverities(_settings.Checks);
        var found = severities.UnknownRules(SettingsReader.FileName).Concat(WithoutRepeats(outcome.Findings, diagnostics)).ToList();
        diagnostics.AddRange(found);
        CheckReport.From(found, outcome.PagesChecked, DateTimeOffset.Now).Write(_options.CheckReport ?? CheckReport.BesideOutput(_options.OutputDirectory));
        return outcome;
    }

    /// <summary>Documents in content/ that are not published (drafts and future items), by address.</summary>
    public static IReadOnlyDictionary<string, SourceDocument> Unpublished(IReadOnlyList<SourceDocument> all, IReadOnlyList<SourceDocument> published)
    {
        var publishedPaths = published.Select(d => d.SourcePath).ToHashSet(StringComparer.Ordinal);
        var unpublished = new Dictionary<string, SourceDocument>(StringComparer.Ordinal);
        foreach (var document in all)
        {
            if (!publishedPaths.Contains(document.SourcePath))
            {
                unpublished.TryAdd(document.Url, document);
            }
        }

        return unpublished;
    }

    // The Markdown stage already reports some problems (a link leaving the site) with the same rule at
    // the same place; an author should read each once.
    private static IEnumerable<Diagnostic> WithoutRepeats(IReadOnlyList<Finding> findings, DiagnosticBag diagnostics)
    {
        var earlier = diagnostics.Sorted.Where(d => d.Rule is not null).Select(d => (d.Rule, d.File, d.Line, d.Column)).ToHashSet();
        return findings.Select(f => f.ToDiagnostic()).Where(d => !earlier.Contains((d.Rule, d.File, d.Line, d.Column)));
    }
}
