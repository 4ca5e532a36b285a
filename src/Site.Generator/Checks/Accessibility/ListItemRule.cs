using Site.Generator.Checks.Html;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Accessibility;

/// <summary>List items are inside a list; otherwise they are announced without the list around them.</summary>
public sealed class ListItemRule : IPageRule
{
    public string Id => "listitem";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "<li> elements are inside a <ul>, <ol> or <menu>.";

    public void Check(PageContext page, RuleReport report)
    {
        foreach (var item in page.Index.ListItems)
        {
            if (item.HasAttribute(HtmlNames.Role))
            {
                continue;
            }

            var parent = item.ParentElement;
            var parentRole = parent?.GetAttribute(HtmlNames.Role)?.Trim().ToLowerInvariant();
            var inList = parentRole is null
                ? parent?.LocalName is HtmlNames.Ul or HtmlNames.Ol or HtmlNames.Menu
                : parentRole == HtmlNames.RoleList;
            if (!inList)
            {
                report.Add(item, "This list item is not inside a list.", "Put it inside a <ul> or <ol>.");
            }
        }
    }
}
