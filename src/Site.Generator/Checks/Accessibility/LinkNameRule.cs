using Site.Generator.Checks.Html;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Accessibility;

/// <summary>Every link has text a screen reader can announce (WCAG 2.4.4, 4.1.2).</summary>
public sealed class LinkNameRule : IPageRule
{
    public string Id => "link-name";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "Links have text (or an image with alt text, or an aria-label).";

    public void Check(PageContext page, RuleReport report)
    {
        foreach (var link in page.Index.Links)
        {
            if (link.Element.LocalName == HtmlNames.A && link.Attribute == HtmlNames.Href
                && page.Index.NameOf(link.Element).Length == 0)
            {
                report.Add(link.Element, $"The link to '{link.Value}' has no text, so a screen reader can only read out its address.",
                    "Write the link text inside the brackets: [What the page is about](/address/); for an image link, give the image alt text.");
            }
        }
    }
}
