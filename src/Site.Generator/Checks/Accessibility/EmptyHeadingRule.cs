using Site.Generator.Checks.Html;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Accessibility;

/// <summary>Headings have text: an empty one is announced as a heading with nothing in it.</summary>
public sealed class EmptyHeadingRule : IPageRule
{
    public string Id => "empty-heading";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "Headings are not empty.";

    public void Check(PageContext page, RuleReport report)
    {
        foreach (var heading in page.Index.Headings)
        {
            if (page.Index.NameOf(heading).Length == 0)
            {
                report.Add(heading, "This heading is empty.", "Write the heading's text after the #s, or remove the line.");
            }
        }
    }
}
