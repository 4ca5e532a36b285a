using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Accessibility;

/// <summary>
/// Ids are unique on a page: links to #fragments, labels and ARIA references all pick the first
/// element with an id, so a second one is unreachable. Every element sharing an id is reported.
/// </summary>
public sealed class DuplicateIdRule : IPageRule
{
    public string Id => "duplicate-id";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "No two elements on a page share an id.";

    public void Check(PageContext page, RuleReport report)
    {
        foreach (var (id, elements) in page.Index.ById)
        {
            if (elements.Count < 2)
            {
                continue;
            }

            foreach (var element in elements)
            {
                report.Add(element, $"The id '{id}' is used by {elements.Count} elements on this page.",
                    "Give each heading or element its own id; two headings with the same text need {#different-ids}.");
            }
        }
    }
}
