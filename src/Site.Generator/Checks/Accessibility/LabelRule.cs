using AngleSharp.Dom;
using Site.Generator.Checks.Html;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Accessibility;

/// <summary>Every form field has a label that says what to enter (WCAG 1.3.1, 4.1.2).</summary>
public sealed class LabelRule : IPageRule
{
    // Inputs that are buttons or invisible have no label to give.
    private static readonly HashSet<string> Unlabelled = new(StringComparer.OrdinalIgnoreCase) { "hidden", "image", "button", "submit", "reset" };

    public string Id => "label";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "Form fields (input, textarea, select) have a label.";

    public void Check(PageContext page, RuleReport report)
    {
        foreach (var field in page.Index.FormFields)
        {
            if (field.LocalName == HtmlNames.Input && Unlabelled.Contains(field.GetAttribute(HtmlNames.Type)?.Trim() ?? ""))
            {
                continue;
            }

            if (HasLabel(field, page.Index))
            {
                continue;
            }

            report.Add(field, $"This {field.LocalName} has no label, so a screen reader cannot say what to enter.",
                "Add a <label for=\"its-id\"> with words, or an aria-label.");
        }
    }

    private static bool HasLabel(IElement field, PageIndex index) =>
        index.LabelTextOf(field).Length > 0
        || PageIndex.IsPresentational(field)
        || !string.IsNullOrWhiteSpace(field.GetAttribute(HtmlNames.AriaLabel))
        || !string.IsNullOrWhiteSpace(field.GetAttribute(HtmlNames.TitleAttribute))
        || !string.IsNullOrWhiteSpace(field.GetAttribute(HtmlNames.Placeholder))
        || (field.HasAttribute(HtmlNames.AriaLabelledBy) && AccessibleName.Of(field, index).Length > 0);
}
