using Site.Generator.Checks.Html;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Accessibility;

/// <summary>Every button (and anything acting as one) says what it does (WCAG 4.1.2).</summary>
public sealed class ButtonNameRule : IPageRule
{
    public string Id => "button-name";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "Buttons have text, an aria-label or a label.";

    public void Check(PageContext page, RuleReport report)
    {
        foreach (var button in page.Index.Buttons)
        {
            if (page.Index.NameOf(button).Length > 0 || PageIndex.IsPresentational(button)
                || page.Index.LabelTextOf(button).Length > 0)
            {
                continue;
            }

            report.Add(button, "The button has no text, so a screen reader cannot say what it does.",
                "Put words inside the button, or an aria-label if it shows only an icon.");
        }
    }
}
