using AngleSharp.Dom;
using Site.Generator.Checks.Html;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Accessibility;

/// <summary>
/// Lists hold only list items, so screen readers announce "list, 4 items" truthfully (WCAG 1.3.1).
/// Script and template elements are allowed, as in HTML.
/// </summary>
public sealed class ListRule : IPageRule
{
    public string Id => "list";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "<ul> and <ol> contain only <li> (and script or template) elements.";

    public void Check(PageContext page, RuleReport report)
    {
        foreach (var list in page.Index.Lists)
        {
            if (list.HasAttribute(HtmlNames.Role))
            {
                continue;
            }

            var wrong = new List<string>();
            var children = list.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                var child = children[i];
                switch (child)
                {
                    case IText text when !string.IsNullOrWhiteSpace(text.Data):
                        wrong.Add("text");
                        break;
                    case IElement element when !IsAllowed(element):
                        wrong.Add($"<{element.LocalName}>");
                        break;
                }
            }

            if (wrong.Count > 0)
            {
                report.Add(list, $"This list contains {string.Join(", ", wrong.Distinct())} directly, not only list items.",
                    "Put everything in a list inside an <li>; end the list before anything else.");
            }
        }
    }

    private static bool IsAllowed(IElement element) => element.LocalName switch
    {
        HtmlNames.Li => element.GetAttribute(HtmlNames.Role) is null or HtmlNames.RoleListItem,
        HtmlNames.Script or HtmlNames.Template => true,
        _ => string.Equals(element.GetAttribute(HtmlNames.Role)?.Trim(), HtmlNames.RoleListItem, StringComparison.OrdinalIgnoreCase),
    };
}
