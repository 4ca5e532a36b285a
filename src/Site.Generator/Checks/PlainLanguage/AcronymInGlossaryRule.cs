using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.PlainLanguage;

/// <summary>
/// Every acronym used in a page's text is in the glossary (content/data/glossary.yml), so readers can
/// look it up. Reported at its first use on each page, and merged into one finding per acronym.
/// </summary>
public sealed class AcronymInGlossaryRule : IPageRule
{
    public string Id => "acronym-in-glossary";

    public Severity DefaultSeverity => Severity.Warning;

    public string Description => "Every acronym used in the text has an entry in the glossary.";

    public void Check(PageContext page, RuleReport report)
    {
        if (page.Document is null || !page.Page.ShowsDocument)
        {
            return;
        }

        foreach (var use in AcronymUse.FirstUsesIn(page.Index.Prose))
        {
            if (Acronyms.InGlossary(use.Acronym, page.Site.GlossaryByTerm) is null)
            {
                report.AddGrouped(TextPositions.Of(use.Block, use.IndexInBlock, report), use.Block.Element, use.Acronym,
                    $"\"{use.Acronym}\" is not in the glossary.",
                    $"Add it to content/data/glossary.yml with 'term: {use.Acronym}', 'stands-for' and a plain 'meaning'.");
            }
        }
    }
}
