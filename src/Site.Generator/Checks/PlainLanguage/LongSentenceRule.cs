using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.PlainLanguage;

/// <summary>Sentences on pages for families and young people are at most 25 words long.</summary>
public sealed class LongSentenceRule : IPageRule
{
    public const int MaximumWords = 25;

    public string Id => "long-sentence";

    public Severity DefaultSeverity => Severity.Warning;

    public string Description => $"Sentences on pages for families and young people have at most {MaximumWords} words.";

    public void Check(PageContext page, RuleReport report)
    {
        if (!PlainLanguagePages.Applies(page))
        {
            return;
        }

        foreach (var sentence in page.Prose.Sentences)
        {
            if (sentence.Words.Count > MaximumWords)
            {
                report.AddAt(TextPositions.Of(sentence.Block, sentence.Start, report), sentence.Block.Element,
                    $"This sentence has {sentence.Words.Count} words: \"{Shorten(sentence.Text)}\".",
                    $"Split it into sentences of {MaximumWords} words or fewer; one idea per sentence.");
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77].TrimEnd() + "...";
}
