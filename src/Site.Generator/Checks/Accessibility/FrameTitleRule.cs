using Site.Generator.Checks.Html;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Accessibility;

/// <summary>Embedded frames (videos, maps, forms) have a title that says what they hold (WCAG 4.1.2).</summary>
public sealed class FrameTitleRule : IPageRule
{
    public string Id => "frame-title";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "<iframe> and <frame> elements have a title.";

    public void Check(PageContext page, RuleReport report)
    {
        foreach (var frame in page.Index.Frames)
        {
            if (!string.IsNullOrWhiteSpace(frame.GetAttribute(HtmlNames.TitleAttribute))
                || !string.IsNullOrWhiteSpace(frame.GetAttribute(HtmlNames.AriaLabel))
                || (frame.HasAttribute(HtmlNames.AriaLabelledBy) && AccessibleName.Of(frame, page.Index).Length > 0)
                || PageIndex.IsPresentational(frame))
            {
                continue;
            }

            report.Add(frame, $"The embedded frame '{frame.GetAttribute(HtmlNames.Src)}' has no title.",
                "Add title=\"...\" saying what it shows, for example title=\"Video: what happens when you call the front door\".");
        }
    }
}
