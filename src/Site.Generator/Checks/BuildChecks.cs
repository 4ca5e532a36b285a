using Site.Generator.Build;
using Site.Generator.Checks.Reporting;
using Site.Generator.Content;
using Site.Generator.Data;
using Site.Generator.Diagnostics;
using Site.Generator.Markdown;

namespace Site.Generator.Checks;

/// <summary>
/// The build's checks phase: every laid-out page, checked over its one parse against everything the
/// build publishes. Findings join the build's diagnostics (errors fail the build) and are written
/// as a JSON report outside the published folder.
/// </summary>
public static class BuildChecks
{
    public static CheckOutcome Run(
        IReadOnlyList<RenderedPage> pages,
        OutputSet output,
        IReadOnlyList<SourceDocument> allDocuments,
        IReadOnlyList<SourceDocument> published,
        SiteSettings settings,
        SiteData data,
        BuildOptions options,
        DiagnosticBag diagnostics)
    {
        var checkedPages = new List<CheckedPage>(pages.Count);
        foreach (var page in pages)
        {
            var blocks = page.Page.Body.Segments.OfType<BlockSegment>().Select(b => b.At).ToList();
            checkedPages.Add(new CheckedPage(page.Page.Url, page.Path, page.Html, page.Page.Document, blocks));
        }

        var site = new CheckSite
        {
            OutputPaths = output.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal),
            Unpublished = Unpublished(allDocuments, published),
            Settings = settings.Checks,
            Glossary = data.Glossary,
            Today = options.Today,
            ContentDirectory = options.ContentDirectory,
            Positions = PositionSource.Sources,
        };

        var outcome = SiteChecks.Run(checkedPages, site);
        var severities = new RuleSeverities(settings.Checks);
        var found = severities.UnknownRules(SettingsReader.FileName).Concat(WithoutRepeats(outcome.Findings, diagnostics)).ToList();
        diagnostics.AddRange(found);
        CheckReport.From(found, outcome.PagesChecked, DateTimeOffset.Now).Write(options.CheckReport ?? CheckReport.BesideOutput(options.OutputDirectory));
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
