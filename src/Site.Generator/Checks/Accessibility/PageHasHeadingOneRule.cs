using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Accessibility;

/// <summary>
/// Every page has exactly one level 1 heading: its title. The template writes it from the front
/// matter, so a <c>#</c> heading in the text is a second one.
/// </summary>
public sealed class PageHasHeadingOneRule : IPageRule
{
    public string Id => "page-has-heading-one";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "The page has one level 1 heading (the title); the text starts at ##.";

    public void Check(PageContext page, RuleReport report)
    {
        var count = 0;
        foreach (var heading in page.Index.Headings)
        {
            if (HeadingOrderRule.LevelOf(heading) != 1)
            {
                continue;
            }

            if (++count > 1)
            {
                report.Add(heading, "This is a second level 1 heading; the page's title is already its level 1 heading.",
                    "Start the text's headings at ## (level 2).");
            }
        }

        if (count == 0)
        {
            report.Add(page.Index.Root, "The page has no level 1 heading.", "Every page template must show the page's title as an <h1>.");
        }
    }
}
