using System.Collections.Concurrent;
using Site.Generator.Checks.ExternalLinks;
using Site.Generator.Checks.Html;
using Site.Generator.Checks.Links;
using Site.Generator.Checks.Positions;

namespace Site.Generator.Checks;

/// <summary>
/// Runs every enabled rule over every page, one page at a time and from any number of threads, so a
/// build can check each page right after making it and let its parse go. The one thing a page cannot
/// know on its own, whether a <c>#fragment</c> exists on another page, is recorded as plain data and
/// settled in <see cref="Finish"/>, once every page's ids are known. Nothing is parsed again and no
/// rule reads a file.
/// </summary>
/// <param name="keepElements">
/// Keep each finding's element (tests compare them with other tools). A build does not: an element
/// holds its whole page's parse in memory.
/// </param>
public sealed class SiteChecks(CheckSite site, bool keepElements = true)
{
    private readonly IReadOnlyList<(IPageRule Rule, Diagnostics.Severity Severity)> _rules = new RuleSeverities(site.Settings).EnabledPageRules();
    private readonly LinkClassifier _links = new();
    private readonly LinkTargets _targets = new(site.OutputPaths, site.Unpublished);
    private readonly TemplateLocator? _templates = site.Positions == PositionSource.Sources ? TemplateLocator.ForThisRepository : null;
    // Only plain results are kept: a page's PageFindings holds its locator, and through it the page's parse.
    private readonly ConcurrentBag<(IReadOnlyList<Finding> Findings, IReadOnlyList<OtherPageFragment> OtherPageFragments)> _pages = [];
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _fragments = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<(string OutputPath, List<ExternalLinkUse> Uses)> _external = [];

    /// <summary>Checks a whole set of pages already parsed (a published folder, a test's fixtures).</summary>
    public static CheckOutcome Run(IReadOnlyList<CheckedPage> pages, CheckSite site)
    {
        var checks = new SiteChecks(site);
        Parallel.ForEach(pages, page => checks.Check(page));
        return checks.Finish();
    }

    /// <summary>Classifies the links of this run's pages, for indexing them.</summary>
    public LinkClassifier Links => _links;

    /// <summary>Checks one page. Safe to call from several threads at once.</summary>
    /// <returns>The page's index, for other steps that read the same page (the search text).</returns>
    public PageIndex Check(CheckedPage page) => Check(page, PageIndexer.Index(page.Html, page.Url, _links));

    /// <summary>Checks one page already indexed (with <see cref="Links"/>).</summary>
    public PageIndex Check(CheckedPage page, PageIndex index)
    {
        _fragments[page.OutputPath] = index.FragmentTargets;
        ISourceLocator locator = _templates is null
            ? new PublishedHtmlLocator(site.OutputFolderName + "/" + page.OutputPath)
            : new ContentSourceLocator(page, index, _templates);
        var findings = new PageFindings(page.Url, locator, keepElements);
        var context = new PageContext(page, index, site, _targets);
        foreach (var (rule, severity) in _rules)
        {
            rule.Check(context, new RuleReport(findings, rule.Id, severity));
        }

        _pages.Add((findings.Items, findings.OtherPageFragments));
        if (site.CollectExternalLinks)
        {
            _external.Add((page.OutputPath, ExternalLinksOf(index, page, locator)));
        }

        return index;
    }

    /// <summary>Settles the links to other pages' fragments and merges what every page found.</summary>
    public CheckOutcome Finish()
    {
        var all = new List<Finding>();
        foreach (var page in _pages)
        {
            all.AddRange(page.Findings);
            foreach (var link in page.OtherPageFragments)
            {
                if (BrokenFragmentRule.Settle(link, _fragments.GetValueOrDefault(link.TargetPath)) is { } finding)
                {
                    all.Add(finding);
                }
            }
        }

        var external = _external.OrderBy(e => e.OutputPath, StringComparer.Ordinal).SelectMany(e => e.Uses).ToList();
        return new CheckOutcome(FindingMerger.Merge(all), external, _pages.Count);
    }

    private static List<ExternalLinkUse> ExternalLinksOf(PageIndex index, CheckedPage page, ISourceLocator locator)
    {
        var uses = new List<ExternalLinkUse>();
        foreach (var link in index.Links)
        {
            // A canonical link names this very page on the live site, which is not what is being checked.
            if (link.Kind == LinkKind.External && !(link.Element.LocalName == HtmlNames.Link && link.Element.GetAttribute(HtmlNames.Rel) == "canonical"))
            {
                uses.Add(new ExternalLinkUse(link.Value.Trim(), locator.Locate(link.Element), page.Url));
            }
        }

        return uses;
    }
}

/// <summary>What the checks found, and on how many pages.</summary>
public sealed record CheckOutcome(
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<ExternalLinkUse> ExternalLinks,
    int PagesChecked);
