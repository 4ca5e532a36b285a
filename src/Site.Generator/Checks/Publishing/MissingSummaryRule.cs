using Site.Generator.Checks.Positions;
using Site.Generator.Content;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Publishing;

/// <summary>Documents have a summary: listings, search results and search engines show it.</summary>
public sealed class MissingSummaryRule : IPageRule
{
    public string Id => "missing-summary";

    public Severity DefaultSeverity => Severity.Warning;

    public string Description => "Documents have a summary in their front matter.";

    public void Check(PageContext page, RuleReport report)
    {
        if (!page.Page.ShowsDocument || !string.IsNullOrWhiteSpace(page.Document!.Meta.Summary) || page.Document.Type == ContentType.Home)
        {
            return;
        }

        report.AddAt(FrontMatterLines.Find(page.Document, page.Site.ContentDirectory, "title"), null,
            "This page has no summary; listings and search results will show nothing under its title.",
            "Add 'summary:' to the front matter: one or two sentences saying what the page is for.");
    }
}
