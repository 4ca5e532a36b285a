using System.Globalization;
using Site.Generator.Checks.Positions;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Publishing;

/// <summary>A document whose review-by date has passed is flagged, so out-of-date advice does not stay up unnoticed.</summary>
public sealed class ReviewByPassedRule : IPageRule
{
    public string Id => "review-by-passed";

    public Severity DefaultSeverity => Severity.Warning;

    public string Description => "The document's review-by date has not passed.";

    public void Check(PageContext page, RuleReport report)
    {
        if (!page.Page.ShowsDocument || page.Document!.Meta.ReviewBy is not { } reviewBy || reviewBy >= page.Site.Today)
        {
            return;
        }

        report.AddAt(FrontMatterLines.Find(page.Document, page.Site.ContentDirectory, "review-by"), null,
            $"This page was due for review on {reviewBy.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}.",
            "Check that it is still right, then set a new review-by date (and 'updated' if you changed it).");
    }
}
