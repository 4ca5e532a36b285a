using Site.Generator.Checks.Html;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Accessibility;

/// <summary>The page says which language it is in, so screen readers pronounce it properly (WCAG 3.1.1).</summary>
public sealed class HtmlHasLangRule : IPageRule
{
    public string Id => "html-has-lang";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "The <html> element has a lang attribute.";

    public void Check(PageContext page, RuleReport report)
    {
        var root = page.Index.Root;
        if (string.IsNullOrWhiteSpace(root.GetAttribute(HtmlNames.Lang)) && string.IsNullOrWhiteSpace(root.GetAttribute(HtmlNames.XmlLang)))
        {
            report.Add(root, "The page does not say which language it is in.",
                "Set 'language' in content/site.yml (for example en-GB); the layout writes it as <html lang>.");
        }
    }
}
