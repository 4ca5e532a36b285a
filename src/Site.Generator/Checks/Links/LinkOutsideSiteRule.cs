using Site.Generator.Checks.Html;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Links;

/// <summary>No relative link climbs above the site's root folder.</summary>
public sealed class LinkOutsideSiteRule : IPageRule
{
    // The same id as the Markdown stage's check, so a link reported there is not reported twice.
    public string Id => "link-outside-site";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "No relative link climbs above the site's root folder.";

    public void Check(PageContext page, RuleReport report)
    {
        foreach (var link in page.Index.Links)
        {
            if (link.Kind == LinkKind.OutsideSiteRoot)
            {
                report.Add(link.Element, $"The link '{link.Value}' leaves the site's root folder.",
                    "Link to a page of this site by its address, starting with /, or to another site by its full https:// address.");
            }
        }
    }
}
