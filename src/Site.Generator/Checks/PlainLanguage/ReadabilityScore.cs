namespace Site.Generator.Checks.PlainLanguage;

/// <summary>
/// The Flesch–Kincaid grade of a text: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
/// A US school grade; the UK reading age is about the grade plus 5.
/// </summary>
public sealed record ReadabilityScore(int Sentences, int Words, int Syllables)
{
    /// <summary>Years added to a US grade to give the reading age used in the UK.</summary>
    public const double ReadingAgeOffset = 5;

    public double Grade => Words == 0 || Sentences == 0
        ? 0
        : (0.39 * Words / Sentences) + (11.8 * Syllables / Words) - 15.59;

    public double ReadingAge => Grade + ReadingAgeOffset;

    public static ReadabilityScore Of(IEnumerable<Sentence> sentences)
    {
        int sentenceCount = 0, words = 0, syllables = 0;
        foreach (var sentence in sentences)
        {
            sentenceCount++;
            foreach (var word in sentence.Words)
            {
                words++;
                syllables += PlainLanguage.Syllables.In(word);
            }
        }

        return new ReadabilityScore(sentenceCount, words, syllables);
    }
}
