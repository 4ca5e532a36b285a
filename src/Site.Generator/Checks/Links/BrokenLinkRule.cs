using Site.Generator.Checks.Html;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Links;

/// <summary>Links, images, scripts, stylesheets and downloads on this site resolve to files the build publishes.</summary>
public sealed class BrokenLinkRule : IPageRule
{
    public string Id => "broken-link";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "Links, images, scripts, stylesheets and downloads point to files the build publishes.";

    public void Check(PageContext page, RuleReport report)
    {
        foreach (var link in page.Index.Links)
        {
            if (link.Kind != LinkKind.Internal || link.SitePath is not { } path
                || link.OutputPathIn(page.Targets) is not null || page.Targets.UnpublishedAt(path) is not null)
            {
                continue;
            }

            var what = link.IsNavigation ? "links to" : $"loads ({link.Element.LocalName} {link.Attribute})";
            report.Add(link.Element, $"This {what} '{link.Value}', but the site has no page or file at {path}.",
                link.IsNavigation
                    ? "Check the address: a page is at /section/name/ (from content/section/name.md) and a download at /files/name.ext."
                    : "Put the file under content/ at that path, or correct the address.");
        }
    }
}
