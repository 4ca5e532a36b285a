namespace Site.Search;

/// <summary>
/// lunr 2.3.9's default index pipeline for one token: <c>trimmer</c>, then <c>stopWordFilter</c>, then
/// <c>stemmer</c>. Each step works on the token alone, so the whole pipeline is a function of the
/// (lower-cased) token text and can be cached per distinct token.
/// </summary>
internal static class LunrPipeline
{
    /// <summary>lunr's English stop-word list (the words <c>lunr.stopWordFilter</c> removes).</summary>
    internal static readonly string[] StopWordList =
    [
        "a", "able", "about", "across", "after", "all", "almost", "also", "am", "among", "an", "and", "any",
        "are", "as", "at", "be", "because", "been", "but", "by", "can", "cannot", "could", "dear", "did", "do",
        "does", "either", "else", "ever", "every", "for", "from", "get", "got", "had", "has", "have", "he",
        "her", "hers", "him", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "just",
        "least", "let", "like", "likely", "may", "me", "might", "most", "must", "my", "neither", "no", "nor",
        "not", "of", "off", "often", "on", "only", "or", "other", "our", "own", "rather", "said", "say",
        "says", "she", "should", "since", "so", "some", "than", "that", "the", "their", "them", "then",
        "there", "these", "they", "this", "tis", "to", "too", "twas", "us", "wants", "was", "we", "were",
        "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "yet",
        "you", "your",
    ];

    private static readonly HashSet<string> StopWords = new(StopWordList, StringComparer.Ordinal);

    /// <summary>
    /// Runs the index pipeline on a lower-cased token. Returns null when the stop-word filter removes it;
    /// otherwise the term, which may be the empty string (a token of punctuation only is trimmed to ""
    /// and lunr keeps it: its pipeline drops only null, undefined and '' results, and the trimmer returns
    /// the token object, never '').
    /// </summary>
    public static string? Process(string token)
    {
        string trimmed = Trim(token);
        if (StopWords.Contains(trimmed))
        {
            return null;
        }

        return PorterStemmer.Stem(trimmed);
    }

    /// <summary>Whether the trimmed token is one of lunr's stop words.</summary>
    public static bool IsStopWord(string token) => StopWords.Contains(token);

    /// <summary>
    /// <c>lunr.trimmer</c>: removes leading and trailing characters outside the ASCII word class
    /// <c>[A-Za-z0-9_]</c> (JavaScript's <c>\W</c> without the u flag), so "café" becomes "caf".
    /// </summary>
    public static string Trim(string token)
    {
        int start = 0;
        int end = token.Length;
        while (start < end && !IsAsciiWordChar(token[start]))
        {
            start++;
        }

        while (end > start && !IsAsciiWordChar(token[end - 1]))
        {
            end--;
        }

        return start == 0 && end == token.Length ? token : token[start..end];
    }

    private static bool IsAsciiWordChar(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';
}
