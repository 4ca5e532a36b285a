using System.Text.RegularExpressions;
using Site.Generator.Data;

namespace Site.Generator.Checks.PlainLanguage;

/// <summary>
/// Finds acronyms in text (two or more capital letters, with digits allowed and a plural "s", such as
/// MASH, CSPR or ACEs) and knows which the glossary explains.
/// </summary>
public static partial class Acronyms
{
    /// <summary>Known to every reader, or part of the site's own download notes ("PDF, 2 MB"); never reported.</summary>
    public static readonly IReadOnlySet<string> WellKnown = new HashSet<string>(StringComparer.Ordinal)
    {
        "UK", "TV", "OK", "PDF", "KB", "MB", "GB", "CSV", "ZIP", "RTF", "MP3", "MP4",
    };

    public static IEnumerable<Match> In(string text)
    {
        if (!MayHoldOne(text))
        {
            yield break;
        }

        foreach (Match match in Pattern().Matches(text))
        {
            if (!WellKnown.Contains(match.Groups[1].Value))
            {
                yield return match;
            }
        }
    }

    /// <summary>
    /// Is there a capital followed by a capital or a digit, as every acronym starts? Most text has
    /// none, and this is much quicker to find out than running the pattern.
    /// </summary>
    private static bool MayHoldOne(string text)
    {
        var span = text.AsSpan();
        for (var i = span.IndexOfAnyInRange('A', 'Z'); i >= 0 && i + 1 < span.Length;)
        {
            if (char.IsAsciiLetterUpper(span[i + 1]) || char.IsAsciiDigit(span[i + 1]))
            {
                return true;
            }

            var next = span[(i + 1)..].IndexOfAnyInRange('A', 'Z');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }

    /// <summary>The glossary entry for an acronym, matching its singular or plural form.</summary>
    public static GlossaryEntry? InGlossary(string acronym, IReadOnlyDictionary<string, GlossaryEntry> glossary)
    {
        if (glossary.TryGetValue(acronym, out var entry))
        {
            return entry;
        }

        if (acronym.EndsWith('s') && glossary.TryGetValue(acronym[..^1], out entry))
        {
            return entry;
        }

        return glossary.GetValueOrDefault(acronym + "s");
    }

    public static Dictionary<string, GlossaryEntry> ByTerm(IReadOnlyList<GlossaryEntry> glossary)
    {
        var terms = new Dictionary<string, GlossaryEntry>(StringComparer.Ordinal);
        foreach (var entry in glossary)
        {
            terms.TryAdd(entry.Term.Trim(), entry);
        }

        return terms;
    }

    // Group 1 is the capitals (and digits); an "s" directly after makes it plural.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])([A-Z][A-Z0-9]*[A-Z][A-Z0-9]*)s?(?![\p{L}\p{N}])")]
    private static partial Regex Pattern();
}
