namespace Site.Search;

/// <summary>A token of <c>lunr.tokenizer</c> with the metadata lunr gives it.</summary>
/// <param name="Text">The token text, lower-cased.</param>
/// <param name="Start">Metadata <c>position[0]</c>: offset in the lower-cased string, in UTF-16 code units.</param>
/// <param name="Length">Metadata <c>position[1]</c>.</param>
/// <param name="Index">Metadata <c>index</c>: the token's number within the field.</param>
internal readonly record struct LunrToken(string Text, int Start, int Length, int Index);

/// <summary>
/// <c>lunr.tokenizer</c> for a string: lower-case the whole string, then cut it at every code unit of
/// <c>/[\s\-]/</c>, keeping the non-empty pieces. The index builder uses a faster equivalent (lower-casing
/// token by token) and stores no metadata; this form gives the metadata too and is checked against lunr.
/// </summary>
internal static class LunrTokenizer
{
    public static List<LunrToken> Tokenize(string? text)
    {
        var tokens = new List<LunrToken>();
        if (text is null)
        {
            return tokens;
        }

        string lower = JsText.ToLowerCase(text);
        int start = 0;
        for (int end = 0; end <= lower.Length; end++)
        {
            if (end == lower.Length || JsText.IsSeparator(lower[end]))
            {
                if (end > start)
                {
                    tokens.Add(new LunrToken(lower[start..end], start, end - start, tokens.Count));
                }

                start = end + 1;
            }
        }

        return tokens;
    }
}
