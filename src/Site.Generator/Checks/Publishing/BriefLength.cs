using System.Globalization;
using Site.Generator.Checks.Positions;

namespace Site.Generator.Checks.Publishing;

/// <summary>Checks a document's main content against its printed page budget; shared by the brief length rules.</summary>
public static class BriefLength
{
    public static void Check(PageContext page, RuleReport report, PrintedPageBudget budget, string what)
    {
        if (!page.Page.ShowsDocument || page.Index.Mains.Count == 0)
        {
            return;
        }

        var length = PrintedLength.Of(page.Index.Mains[0]);
        if (length.Size <= budget.Size)
        {
            return;
        }

        var pages = budget.Pages == 1 ? "one printed page" : $"{budget.Pages} printed pages";
        report.AddAt(FrontMatterLines.Find(page.Document!, page.Site.ContentDirectory, "title"), page.Index.Mains[0],
            string.Create(CultureInfo.InvariantCulture,
                $"This {what} is too long for {pages}: {length.Words} words in {length.Blocks} paragraphs, list items and rows come to a printed size of {length.Size}, over the {budget.Size} that fits."),
            $"Cut {length.Size - budget.Size} words (each paragraph or list item you remove also saves {PrintedLength.WordsPerBlock}); link to the full report for the detail.");
    }
}
