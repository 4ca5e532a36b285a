namespace Site.Generator.Checks.PlainLanguage;

/// <summary>
/// Counts syllables the way readability formulas usually do, by heuristic rather than dictionary:
/// each run of vowels (a, e, i, o, u, y) is a syllable; a silent final "e" is not ("make"), though
/// "-le" after a consonant is ("table"); "-es" and "-ed" endings add none unless they follow a sound
/// that needs them ("boxes", "wanted"); hyphenated parts are counted separately; every word has at
/// least one. Numbers count as one syllable. It is right for most everyday words and close enough
/// for a reading-level lint.
/// </summary>
public static class Syllables
{
    public static int In(string word)
    {
        var total = 0;
        foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            total += InPart(part.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal));
        }

        return Math.Max(1, total);
    }

    private static int InPart(string word)
    {
        if (word.Length == 0 || !char.IsLetter(word[0]))
        {
            return 1;
        }

        if (word.Length <= 3)
        {
            return 1;
        }

        var count = 0;
        var inVowels = false;
        foreach (var c in word)
        {
            var vowel = IsVowel(c);
            if (vowel && !inVowels)
            {
                count++;
            }

            inVowels = vowel;
        }

        if (count > 1 && EndsWithSilentE(word))
        {
            count--;
        }
        else if (count > 1 && EndsWithSilentEdOrEs(word))
        {
            count--;
        }

        return Math.Max(1, count);
    }

    private static bool EndsWithSilentE(string word) =>
        word.EndsWith('e') && !(word.EndsWith("le", StringComparison.Ordinal) && word.Length > 2 && !IsVowel(word[^3]))
        && !word.EndsWith("ee", StringComparison.Ordinal) && !word.EndsWith("ye", StringComparison.Ordinal);

    private static bool EndsWithSilentEdOrEs(string word)
    {
        if (word.EndsWith("ed", StringComparison.Ordinal))
        {
            return word[^3] is not ('t' or 'd') && !IsVowel(word[^3]);
        }

        if (word.EndsWith("es", StringComparison.Ordinal))
        {
            var before = word[..^2];
            return !(before.EndsWith('s') || before.EndsWith('x') || before.EndsWith('z') || before.EndsWith("ch", StringComparison.Ordinal)
                || before.EndsWith("sh", StringComparison.Ordinal) || before.EndsWith('g') || before.EndsWith('c')) && !IsVowel(word[^3]);
        }

        return false;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
