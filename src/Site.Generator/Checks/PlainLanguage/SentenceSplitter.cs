using System.Text.RegularExpressions;

namespace Site.Generator.Checks.PlainLanguage;

/// <summary>
/// Splits prose into sentences and words. A sentence ends at . ! or ? followed by a space or the end
/// of its block, except after common abbreviations (e.g., i.e., Dr.); every block (a list item, a
/// heading) ends a sentence, because readers take it as one even without a full stop. A word is a run
/// of letters and digits, with apostrophes and hyphens inside it ("multi-agency" is one word).
/// </summary>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "etc", "dr", "mr", "mrs", "ms", "st", "no", "vs", "approx", "tel",
    };

    public static IReadOnlyList<Sentence> Split(TextBlock block)
    {
        var sentences = new List<Sentence>();
        var text = block.Text;
        var start = 0;
        foreach (var end in SentenceEnd().EnumerateMatches(text))
        {
            if (IsAbbreviation(text, end.Index))
            {
                continue;
            }

            Add(block, text, start, end.Index + end.Length, sentences);
            start = end.Index + end.Length;
        }

        Add(block, text, start, text.Length, sentences);
        return sentences;
    }

    /// <summary>How many words <see cref="WordsOf"/> would find, without making them.</summary>
    public static int CountWords(string text) => Word().Count(text);

    public static IReadOnlyList<string> WordsOf(string text)
    {
        var words = new List<string>();
        foreach (var match in Word().EnumerateMatches(text))
        {
            words.Add(text.Substring(match.Index, match.Length));
        }

        return words;
    }

    private static void Add(TextBlock block, string text, int start, int end, List<Sentence> sentences)
    {
        var part = text[start..end];
        var words = WordsOf(part);
        if (words.Count > 0)
        {
            var leading = part.Length - part.TrimStart().Length;
            sentences.Add(new Sentence(block, start + leading, part.Trim(), words));
        }
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        if (text[dot] != '.')
        {
            return false;
        }

        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        return Abbreviations.Contains(text[wordStart..dot]);
    }

    // The end punctuation, any closing quotes or brackets, then space or the end of the text.
    [GeneratedRegex(@"[.!?]+[""'\u2019\u201d)\]]*(?=\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['\u2019\-][\p{L}\p{N}]+)*")]
    private static partial Regex Word();
}
