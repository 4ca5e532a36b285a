using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Accessibility;

/// <summary>The page has a title, the first thing a screen reader announces and what a browser tab shows (WCAG 2.4.2).</summary>
public sealed class DocumentTitleRule : IPageRule
{
    public string Id => "document-title";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "The page has a non-empty <title>.";

    public void Check(PageContext page, RuleReport report)
    {
        if (page.Index.Title is null || string.IsNullOrWhiteSpace(page.Index.Title.TextContent))
        {
            report.Add(page.Index.Root, "The page has no title.", "Give the document a 'title' in its front matter.");
        }
    }
}
