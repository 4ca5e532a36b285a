using AngleSharp.Dom;
using Site.Generator.Checks.Html;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Accessibility;

/// <summary>
/// Heading levels go down one step at a time (an h2, then h3, not h2 then h4), so the outline screen
/// reader users navigate by has no gaps. The first heading may be at any level, as in axe-core.
/// </summary>
public sealed class HeadingOrderRule : IPageRule
{
    public string Id => "heading-order";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "Heading levels increase one at a time (h2 then h3, never h2 then h4).";

    public void Check(PageContext page, RuleReport report)
    {
        var previous = 0;
        foreach (var heading in page.Index.Headings)
        {
            var level = LevelOf(heading);
            if (level <= 0)
            {
                continue;
            }

            if (previous > 0 && level > previous + 1)
            {
                report.Add(heading, $"This heading is level {level} but the one before it is level {previous}, so a level is skipped.",
                    $"Make it a level {previous + 1} heading ({new string('#', previous + 1)} in Markdown), or add the missing level above it.");
            }

            previous = level;
        }
    }

    /// <summary>The level of a heading element or of an element with role="heading" (aria-level, 2 by default).</summary>
    public static int LevelOf(IElement heading)
    {
        if (int.TryParse(heading.GetAttribute(HtmlNames.AriaLevel), out var ariaLevel) && ariaLevel > 0)
        {
            return ariaLevel;
        }

        return HtmlNames.IsHeadingTag(heading.LocalName) ? heading.LocalName[1] - '0' : 2;
    }
}
