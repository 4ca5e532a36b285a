using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Security;

/// <summary>
/// No inline event handlers (<c>onclick="…"</c>). The site's Content Security Policy blocks them, so
/// they would silently not work, and script in content is a way in for attacks on readers.
/// </summary>
public sealed class InlineEventHandlerRule : IPageRule
{
    public string Id => "inline-event-handler";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "No inline event handler attributes (onclick, onload…).";

    public void Check(PageContext page, RuleReport report)
    {
        foreach (var (element, attribute) in page.Index.EventHandlers)
        {
            report.Add(element, $"The <{element.LocalName}> has an inline event handler ({attribute}); the site's security policy blocks it.",
                "Remove it: behaviour belongs in the theme's script, not in content.");
        }
    }
}
