using System.Diagnostics;
using Site.Generator.Checks.ExternalLinks;
using Site.Generator.Checks.Html;
using Site.Generator.Checks.Links;
using Site.Generator.Checks.Positions;

namespace Site.Generator.Checks;

/// <summary>
/// Runs every enabled rule over every page. Two passes, both parallel over pages: the first walks
/// each page once to index it (and so learns every page's ids, for fragment links); the second runs
/// the rules over those indexes. Nothing is parsed again and no rule reads a file.
/// </summary>
public static class SiteChecks
{
    public static CheckOutcome Run(IReadOnlyList<CheckedPage> pages, CheckSite site)
    {
        var clock = Stopwatch.StartNew();
        var rules = new RuleSeverities(site.Settings).EnabledPageRules();

        var indexes = new PageIndex[pages.Count];
        var links = new LinkClassifier();
        Parallel.For(0, pages.Count, i => indexes[i] = PageIndexer.Index(pages[i].Html, pages[i].Url, links));

        var fragments = new Dictionary<string, HashSet<string>>(pages.Count, StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            fragments[pages[i].OutputPath] = indexes[i].FragmentTargets;
        }

        var targets = new LinkTargets(site.OutputPaths, fragments, site.Unpublished);
        var templates = site.Positions == PositionSource.Sources ? TemplateLocator.ForThisRepository : null;
        var findings = new IReadOnlyList<Finding>[pages.Count];
        var external = new IReadOnlyList<ExternalLinkUse>[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            var page = pages[i];
            ISourceLocator locator = templates is null
                ? new PublishedHtmlLocator(site.OutputFolderName + "/" + page.OutputPath)
                : new ContentSourceLocator(page, indexes[i], templates);
            var pageFindings = new PageFindings(page.Url, locator);
            var context = new PageContext(page, indexes[i], site, targets);
            foreach (var (rule, severity) in rules)
            {
                rule.Check(context, new RuleReport(pageFindings, rule.Id, severity));
            }

            findings[i] = pageFindings.Items;
            external[i] = site.CollectExternalLinks ? ExternalLinksOf(indexes[i], page, locator) : [];
        });

        return new CheckOutcome(FindingMerger.Merge(findings.SelectMany(f => f)), external.SelectMany(e => e).ToList(), pages.Count, clock.Elapsed);
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

/// <summary>What the checks found, on how many pages, and how long it took.</summary>
public sealed record CheckOutcome(
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<ExternalLinkUse> ExternalLinks,
    int PagesChecked,
    TimeSpan Elapsed);
