using Site.Generator.Checks.Html;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Security;

/// <summary>No <c>javascript:</c> URLs: they run script from a link, which the security policy blocks and keyboard users cannot rely on.</summary>
public sealed class JavaScriptUrlRule : IPageRule
{
    public string Id => "javascript-url";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "No javascript: URLs in links, images, frames or forms.";

    public void Check(PageContext page, RuleReport report)
    {
        foreach (var link in page.Index.Links)
        {
            if (link.Kind == LinkKind.JavaScript)
            {
                report.Add(link.Element, $"The {link.Attribute} of this <{link.Element.LocalName}> is a javascript: URL.",
                    "Link to a page (an address starting with / or https://) instead.");
            }
        }
    }
}
