using AngleSharp.Dom;
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
        // A title holds only text (the parser reads it as RCDATA). Its text nodes are read directly:
        // TextContent borrows from a pool AngleSharp locks across threads, on every page of a build.
        if (page.Index.Title is null || page.Index.Title.ChildNodes.OfType<IText>().All(text => string.IsNullOrWhiteSpace(text.Data)))
        {
            report.Add(page.Index.Root, "The page has no title.", "Give the document a 'title' in its front matter.");
        }
    }
}
