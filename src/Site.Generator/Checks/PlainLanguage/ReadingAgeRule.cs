using System.Globalization;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.PlainLanguage;

/// <summary>
/// Pages for families and young people can be read at the site's target reading age (settings
/// <c>checks.reading-age</c>, 11 by default), estimated with Flesch–Kincaid on the page's text.
/// A warning: the formula is a lint that points at long sentences and long words, not a proof.
/// </summary>
public sealed class ReadingAgeRule : IPageRule
{
    /// <summary>Below this many words the formula says more about one sentence than about the page.</summary>
    public const int MinimumWords = 100;

    public string Id => "reading-age";

    public Severity DefaultSeverity => Severity.Warning;

    public string Description => "Pages for families and young people meet the target reading age (Flesch–Kincaid grade + 5).";

    public void Check(PageContext page, RuleReport report)
    {
        if (!PlainLanguagePages.Applies(page) || page.Prose.Sentences.Count == 0)
        {
            return;
        }

        var score = ReadabilityScore.Of(page.Prose.Sentences);
        var target = page.Site.Settings.ReadingAge;
        if (score.Words < MinimumWords || score.ReadingAge <= target)
        {
            return;
        }

        var longest = page.Prose.Sentences.OrderByDescending(s => s.Words.Count).Take(3)
            .Select(s => $"\"{Start(s.Text)}\" ({s.Words.Count} words)");
        report.AddAt(PlainLanguagePages.BodyStart(page, report), page.Index.Prose,
            string.Create(CultureInfo.InvariantCulture,
                $"The text needs a reading age of about {score.ReadingAge:0.#} (Flesch–Kincaid grade {score.Grade:0.#}); pages for families and young people should be readable at {target}. Longest sentences: {string.Join("; ", longest)}."),
            "Use shorter sentences (15 words or fewer on average) and everyday words of one or two syllables.");
    }

    private static string Start(string sentence) => sentence.Length <= 60 ? sentence : sentence[..57].TrimEnd() + "...";
}
