using Site.Generator.Checks.Html;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.PlainLanguage;

/// <summary>
/// On pages for families and young people, an acronym is explained where it is first used: its words
/// in brackets beside it ("the Multi-Agency Safeguarding Hub (MASH)" or "MASH (Multi-Agency…)"), the
/// glossary's words for it just before it, a link to its glossary entry, or an <c>&lt;abbr title&gt;</c>.
/// </summary>
public sealed class AcronymExplainedRule : IPageRule
{
    /// <summary>How far before an acronym its spelled-out words may be and still explain it.</summary>
    public const int ExpansionWindow = 150;

    public string Id => "acronym-explained";

    public Severity DefaultSeverity => Severity.Warning;

    public string Description => "On pages for families and young people, acronyms are explained where they are first used.";

    public void Check(PageContext page, RuleReport report)
    {
        if (!PlainLanguagePages.Applies(page))
        {
            return;
        }

        foreach (var use in AcronymUse.FirstUsesIn(page.Index.Prose))
        {
            if (IsExplained(use, page))
            {
                continue;
            }

            var entry = Acronyms.InGlossary(use.Acronym, page.Site.GlossaryByTerm);
            report.AddAt(TextPositions.Of(use.Block, use.IndexInBlock, report), use.Block.Element,
                $"\"{use.Acronym}\" is not explained where it is first used on this page.",
                entry?.StandsFor is { } standsFor
                    ? $"Write it out the first time: \"{standsFor} ({use.Acronym})\", or link it to the glossary: [{use.Acronym}]({Urls.SiteUrls.GlossaryTerm(entry.Id)})."
                    : "Write out what it stands for in brackets after it the first time, or link it to its glossary entry.");
        }
    }

    private static bool IsExplained(AcronymUse use, PageContext page)
    {
        for (var e = use.Node.ParentElement; e is not null && e != page.Index.Prose; e = e.ParentElement)
        {
            if (e.LocalName == HtmlNames.Abbr && !string.IsNullOrWhiteSpace(e.GetAttribute(HtmlNames.TitleAttribute)))
            {
                return true;
            }

            if (e.LocalName == HtmlNames.A && e.GetAttribute(HtmlNames.Href) is { } href
                && href.Contains(Urls.SiteUrls.Glossary + "#", StringComparison.Ordinal))
            {
                return true;
            }
        }

        var text = use.Block.Text;
        var after = use.IndexInBlock + use.Acronym.Length;
        if (NextNonSpace(text, after) == '(')
        {
            return true;
        }

        var before = text[..use.IndexInBlock].TrimEnd();
        if (before.EndsWith('(') && SentenceSplitter.WordsOf(before).Count >= 2)
        {
            return true;
        }

        var entry = Acronyms.InGlossary(use.Acronym, page.Site.GlossaryByTerm);
        var window = text[Math.Max(0, use.IndexInBlock - ExpansionWindow)..use.IndexInBlock];
        return entry?.StandsFor is { } standsFor && window.Contains(standsFor, StringComparison.OrdinalIgnoreCase);
    }

    private static char NextNonSpace(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index < text.Length ? text[index] : '\0';
    }
}
