using Site.Generator.Checks.Html;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Accessibility;

/// <summary>
/// Every image has a text alternative (WCAG 1.1.1). A decorative image is marked as such with an empty
/// alt (<c>alt=""</c>) or <c>role="presentation"</c>; an alt of only spaces is neither.
/// </summary>
public sealed class ImageAltRule : IPageRule
{
    public string Id => "image-alt";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "Images have alt text, or are marked decorative with alt=\"\" or role=\"presentation\".";

    public void Check(PageContext page, RuleReport report)
    {
        foreach (var image in page.Index.Images)
        {
            var alt = image.GetAttribute(HtmlNames.Alt);
            if (alt is not null && (alt.Length == 0 || !string.IsNullOrWhiteSpace(alt)))
            {
                continue;
            }

            if (PageIndex.IsPresentational(image) || HasOtherName(image, page.Index))
            {
                continue;
            }

            report.Add(image, alt is null
                    ? $"The image '{image.GetAttribute(HtmlNames.Src)}' has no alt text."
                    : $"The image '{image.GetAttribute(HtmlNames.Src)}' has alt text made only of spaces.",
                "Describe what the image shows in Markdown's brackets, ![Chart of referrals by month](...); if it is only decoration, leave the brackets empty: ![](...).");
        }
    }

    private static bool HasOtherName(AngleSharp.Dom.IElement image, PageIndex index) =>
        !string.IsNullOrWhiteSpace(image.GetAttribute(HtmlNames.AriaLabel))
        || !string.IsNullOrWhiteSpace(image.GetAttribute(HtmlNames.TitleAttribute))
        || (image.HasAttribute(HtmlNames.AriaLabelledBy) && AccessibleName.Of(image, index).Length > 0);
}
