namespace Site.Search;

/// <summary>
/// The Porter stemmer exactly as <c>lunr.stemmer</c> 2.3.9 implements it, including its departures from
/// the published algorithm: "y" counts as a consonant when it starts a consonant run and as a vowel when
/// it starts a vowel run, an initial "y" is always a consonant, every step tries one suffix only (the
/// longest that leaves a non-empty stem) and gives up if that one fails its condition, and the code works
/// on UTF-16 code units, so any character other than a, e, i, o, u, y is a consonant.
/// </summary>
internal static class PorterStemmer
{
    private enum Run : byte
    {
        /// <summary>One code unit other than a, e, i, o, u, then any code units other than a, e, i, o, u, y.</summary>
        Consonants,

        /// <summary>One of a, e, i, o, u, y, then any of a, e, i, o, u.</summary>
        Vowels,

        /// <summary>A vowel run or nothing.</summary>
        OptionalVowels,
    }

    // The measure tests, each with and without the optional leading consonant run.
    private static readonly Run[] Vc = [Run.Vowels, Run.Consonants];
    private static readonly Run[] CVc = [Run.Consonants, Run.Vowels, Run.Consonants];
    private static readonly Run[] VcVc = [Run.Vowels, Run.Consonants, Run.Vowels, Run.Consonants];
    private static readonly Run[] CVcVc = [Run.Consonants, Run.Vowels, Run.Consonants, Run.Vowels, Run.Consonants];
    private static readonly Run[] VcV = [Run.Vowels, Run.Consonants, Run.OptionalVowels];
    private static readonly Run[] CVcV = [Run.Consonants, Run.Vowels, Run.Consonants, Run.OptionalVowels];

    // Suffix tables, longest first: lunr's regular expressions take the shortest stem (lazy "(.+?)"),
    // which is the longest suffix of the alternation that matches.
    private static readonly (string Suffix, string Replacement)[] Step2 = ByLength(
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"),
        ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"),
        ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ]);

    private static readonly (string Suffix, string Replacement)[] Step3 = ByLength(
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""),
        ("ness", ""),
    ]);

    private static readonly (string Suffix, string Replacement)[] Step4 = ByLength(
    [
        ("al", ""), ("ance", ""), ("ence", ""), ("er", ""), ("ic", ""), ("able", ""), ("ible", ""), ("ant", ""),
        ("ement", ""), ("ment", ""), ("ent", ""), ("ou", ""), ("ism", ""), ("ate", ""), ("iti", ""), ("ous", ""),
        ("ive", ""), ("ize", ""),
    ]);

    private static (string, string)[] ByLength((string Suffix, string Replacement)[] table) =>
        [.. table.OrderByDescending(e => e.Suffix.Length)];

    public static string Stem(string word)
    {
        if (word.Length < 3)
        {
            return word;
        }

        // No step makes the word longer than it was (step 1b adds an "e" only after removing "ed"/"ing").
        Span<char> w = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.AsSpan().CopyTo(w);
        int n = w.Length;

        bool initialY = w[0] == 'y';
        if (initialY)
        {
            w[0] = 'Y';
        }

        // Step 1a: sses -> ss, ies -> i, else a final s after a non-s goes.
        if ((n >= 5 && EndsWith(w, n, "sses")) || (n >= 4 && EndsWith(w, n, "ies")))
        {
            n -= 2;
        }
        else if (w[n - 1] == 's' && w[n - 2] != 's')
        {
            n -= 1;
        }

        // Step 1b.
        if (n >= 4 && EndsWith(w, n, "eed"))
        {
            if (MeasureAtLeast1(w[..(n - 3)]))
            {
                n -= 1;
            }
        }
        else
        {
            int stem = -1;
            if (n >= 3 && EndsWith(w, n, "ed"))
            {
                stem = n - 2;
            }
            else if (n >= 4 && EndsWith(w, n, "ing"))
            {
                stem = n - 3;
            }

            if (stem > 0 && ContainsVowel(w[..stem]))
            {
                n = stem;
                if (EndsWith(w, n, "at") || EndsWith(w, n, "bl") || EndsWith(w, n, "iz"))
                {
                    w[n++] = 'e';
                }
                else if (n >= 2 && w[n - 1] == w[n - 2] && !IsOneOf(w[n - 1], "aeiouylsz"))
                {
                    n -= 1;
                }
                else if (EndsConsonantVowelConsonant(w[..n]))
                {
                    w[n++] = 'e';
                }
            }
        }

        // Step 1c: a final y after a non-vowel (not as the first letter) becomes i.
        if (n >= 3 && w[n - 1] == 'y' && !IsOneOf(w[n - 2], "aeiou"))
        {
            w[n - 1] = 'i';
        }

        // Steps 2 and 3: replace the suffix when the stem has a measure of at least 1.
        n = ReplaceSuffix(w, n, Step2);
        n = ReplaceSuffix(w, n, Step3);

        // Step 4: remove the suffix when the stem has a measure of at least 2.
        bool step4Matched = false;
        foreach (var (suffix, _) in Step4)
        {
            if (n > suffix.Length && EndsWith(w, n, suffix))
            {
                step4Matched = true;
                if (MeasureAtLeast2(w[..(n - suffix.Length)]))
                {
                    n -= suffix.Length;
                }

                break;
            }
        }

        if (!step4Matched && n >= 5 && EndsWith(w, n, "ion") && (w[n - 4] == 's' || w[n - 4] == 't'))
        {
            if (MeasureAtLeast2(w[..(n - 3)]))
            {
                n -= 3;
            }
        }

        // Step 5: a final e goes when the measure allows it, then ll -> l.
        if (n >= 2 && w[n - 1] == 'e')
        {
            var stem = w[..(n - 1)];
            if (MeasureAtLeast2(stem) || (MeasureExactly1(stem) && !EndsConsonantVowelConsonant(stem)))
            {
                n -= 1;
            }
        }

        if (n >= 2 && w[n - 1] == 'l' && w[n - 2] == 'l' && MeasureAtLeast2(w[..n]))
        {
            n -= 1;
        }

        if (initialY)
        {
            w[0] = 'y';
        }

        return n == word.Length && w.SequenceEqual(word) ? word : new string(w[..n]);
    }

    private static int ReplaceSuffix(Span<char> w, int n, (string Suffix, string Replacement)[] table)
    {
        foreach (var (suffix, replacement) in table)
        {
            if (n > suffix.Length && EndsWith(w, n, suffix))
            {
                int stem = n - suffix.Length;
                if (MeasureAtLeast1(w[..stem]))
                {
                    replacement.AsSpan().CopyTo(w[stem..]);
                    return stem + replacement.Length;
                }

                return n;
            }
        }

        return n;
    }

    private static bool EndsWith(ReadOnlySpan<char> w, int n, string suffix) => w[..n].EndsWith(suffix);

    private static bool IsOneOf(char c, string set) => set.Contains(c, StringComparison.Ordinal);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsVowelOrY(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>lunr's "vowel in stem" test: any of a, e, i, o, u, y (an initial y was made Y).</summary>
    private static bool ContainsVowel(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (IsVowelOrY(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The whole stem is a consonant run, one vowel-or-y, then one letter other than a, e, i, o, u, w, x, y.</summary>
    private static bool EndsConsonantVowelConsonant(ReadOnlySpan<char> s)
    {
        int n = s.Length;
        if (n < 3 || IsVowel(s[0]) || !IsVowelOrY(s[n - 2]) || IsOneOf(s[n - 1], "aeiouwxy"))
        {
            return false;
        }

        for (int i = 1; i < n - 2; i++)
        {
            if (IsVowelOrY(s[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MeasureAtLeast1(ReadOnlySpan<char> s) => Match(s, 0, Vc, false) || Match(s, 0, CVc, false);

    private static bool MeasureAtLeast2(ReadOnlySpan<char> s) => Match(s, 0, VcVc, false) || Match(s, 0, CVcVc, false);

    private static bool MeasureExactly1(ReadOnlySpan<char> s) => Match(s, 0, VcV, true) || Match(s, 0, CVcV, true);

    /// <summary>
    /// Whether the runs match <paramref name="s"/> from <paramref name="pos"/> on (to its end when
    /// <paramref name="anchored"/>), trying every length of each run as a backtracking regular expression
    /// engine would. Only the longest length of a run can be followed by a run of the other kind, so this
    /// stays linear.
    /// </summary>
    private static bool Match(ReadOnlySpan<char> s, int pos, ReadOnlySpan<Run> runs, bool anchored)
    {
        if (runs.IsEmpty)
        {
            return !anchored || pos == s.Length;
        }

        Run run = runs[0];
        var rest = runs[1..];
        if (run == Run.OptionalVowels && Match(s, pos, rest, anchored))
        {
            return true;
        }

        bool vowels = run != Run.Consonants;
        if (pos >= s.Length || (vowels ? !IsVowelOrY(s[pos]) : IsVowel(s[pos])))
        {
            return false;
        }

        int end = pos + 1;
        while (true)
        {
            if (Match(s, end, rest, anchored))
            {
                return true;
            }

            if (end < s.Length && (vowels ? IsVowel(s[end]) : !IsVowelOrY(s[end])))
            {
                end++;
            }
            else
            {
                return false;
            }
        }
    }
}
