using System.Buffers;
using System.Text;

namespace Site.Search;

/// <summary>
/// The string operations of a JavaScript engine that lunr relies on: the separator class of
/// <c>lunr.tokenizer</c> (<c>/[\s\-]/</c>, where <c>\s</c> is JavaScript's white space and line
/// terminators) and <c>String.prototype.toLowerCase</c> (full Unicode lower-casing, including the
/// context-dependent final sigma), both over UTF-16 code units like the engine.
/// </summary>
internal static class JsText
{
    private static readonly SearchValues<char> Separators = CreateSeparators();

    /// <summary>For every UTF-16 code unit, whether it is a tokenizer separator (64 KiB, for the hot loop).</summary>
    internal static readonly bool[] SeparatorTable = CreateSeparatorTable();

    private static bool[] CreateSeparatorTable()
    {
        var table = new bool[65536];
        foreach (int c in JsUnicodeTables.SeparatorChars)
        {
            table[c] = true;
        }

        return table;
    }

    private static SearchValues<char> CreateSeparators()
    {
        ReadOnlySpan<int> table = JsUnicodeTables.SeparatorChars;
        var chars = new char[table.Length];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)table[i];
        }

        return SearchValues.Create(chars);
    }

    /// <summary>Whether the code unit splits tokens, like <c>lunr.tokenizer.separator</c>.</summary>
    public static bool IsSeparator(char c) => Separators.Contains(c);

    /// <summary>Index of the first separator in <paramref name="text"/>, or -1.</summary>
    public static int IndexOfSeparator(ReadOnlySpan<char> text) => text.IndexOfAny(Separators);

    /// <summary>
    /// Lower-cases <c>text[start..start+length]</c> as <c>text.toLowerCase()</c> would lower-case that
    /// part of the whole string (the final sigma rule looks beyond the part) and appends it to
    /// <paramref name="output"/>.
    /// </summary>
    public static void AppendLowerCase(string text, int start, int length, StringBuilder output)
    {
        int end = start + length;
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (c < 0x80)
            {
                output.Append(c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c);
                i++;
                continue;
            }

            int cp = c;
            int width = 1;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(c, text[i + 1]);
                width = 2;
            }

            if (cp == 0x130)
            {
                // The only code point whose lower case is two code points: i + combining dot above.
                output.Append('i').Append('\u0307');
            }
            else if (cp == 0x3A3)
            {
                output.Append(IsFinalSigma(text, i) ? '\u03C2' : '\u03C3');
            }
            else
            {
                AppendCodePoint(output, LowerCodePoint(cp));
            }

            i += width;
        }
    }

    /// <summary>The whole string lower-cased, as <c>toLowerCase()</c>.</summary>
    public static string ToLowerCase(string text)
    {
        var sb = new StringBuilder(text.Length);
        AppendLowerCase(text, 0, text.Length, sb);
        return sb.ToString();
    }

    private static void AppendCodePoint(StringBuilder output, int cp)
    {
        if (cp < 0x10000)
        {
            output.Append((char)cp);
        }
        else
        {
            cp -= 0x10000;
            output.Append((char)(0xD800 + (cp >> 10))).Append((char)(0xDC00 + (cp & 0x3FF)));
        }
    }

    /// <summary>The simple lower-case mapping of one code point (identity when it has none).</summary>
    public static int LowerCodePoint(int cp)
    {
        ReadOnlySpan<int> runs = JsUnicodeTables.LowerCaseRuns;
        int lo = 0;
        int hi = (runs.Length / 4) - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int first = runs[mid * 4];
            int last = runs[(mid * 4) + 1];
            if (cp < first)
            {
                hi = mid - 1;
            }
            else if (cp > last)
            {
                lo = mid + 1;
            }
            else
            {
                int stride = runs[(mid * 4) + 3];
                return (cp - first) % stride == 0 ? cp + runs[(mid * 4) + 2] : cp;
            }
        }

        return cp;
    }

    public static bool IsCased(int cp) => InRanges(JsUnicodeTables.CasedRanges, cp);

    public static bool IsCaseIgnorable(int cp) => InRanges(JsUnicodeTables.CaseIgnorableRanges, cp);

    private static bool InRanges(ReadOnlySpan<int> ranges, int cp)
    {
        int lo = 0;
        int hi = (ranges.Length / 2) - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (cp < ranges[mid * 2])
            {
                hi = mid - 1;
            }
            else if (cp > ranges[(mid * 2) + 1])
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The Final_Sigma condition as the engine's ICU applies it: walking away from the sigma, case-ignorable
    /// code points are skipped (even those that are also cased); it is final when a cased code point comes
    /// first before it and none comes first after it.
    /// </summary>
    private static bool IsFinalSigma(string text, int index)
    {
        return NextIsCased(text, index, -1) && !NextIsCased(text, index + 1, +1);
    }

    private static bool NextIsCased(string text, int position, int direction)
    {
        int i = position;
        while (true)
        {
            int cp;
            if (direction < 0)
            {
                if (i <= 0)
                {
                    return false;
                }

                char c = text[--i];
                cp = c;
                if (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]))
                {
                    cp = char.ConvertToUtf32(text[i - 1], c);
                    i--;
                }
            }
            else
            {
                if (i >= text.Length)
                {
                    return false;
                }

                char c = text[i++];
                cp = c;
                if (char.IsHighSurrogate(c) && i < text.Length && char.IsLowSurrogate(text[i]))
                {
                    cp = char.ConvertToUtf32(c, text[i]);
                    i++;
                }
            }

            if (IsCaseIgnorable(cp))
            {
                continue;
            }

            return IsCased(cp);
        }
    }
}
