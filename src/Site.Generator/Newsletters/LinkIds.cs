using System.Text;
using System.Text.RegularExpressions;
using Site.Generator.Data;

namespace Site.Generator.Newsletters;

/// <summary>A link waiting for its id: the id the author gave it, if any, and its words.</summary>
public sealed record LinkIdRequest(string? ExplicitId, string Text);

/// <summary>
/// Gives every link of a newsletter the id used in its <c>/go/</c> address. Ids must not change when
/// the site is rebuilt, or clicks counted under the old address would be lost: an id the author wrote
/// (<c>{#whos-in-charge}</c>) always wins; otherwise the link's words become a slug, and repeats get
/// <c>-2</c>, <c>-3</c>… in the order they appear, so adding a link further down leaves earlier ids alone.
/// </summary>
public static partial class LinkIds
{
    /// <summary>Longest id made from a link's words; longer text is cut at a word boundary.</summary>
    public const int MaxDerivedLength = 60;

    /// <summary>Used when a link has no words at all (an image without alt text, say).</summary>
    public const string Fallback = "link";

    /// <summary>Lower-case ASCII letters and digits in hyphen-separated words: safe in any address and any log.</summary>
    public static bool IsValid(string id) => id.Length <= 100 && Pattern().IsMatch(id);

    public static IReadOnlyList<string> Assign(IReadOnlyList<LinkIdRequest> links)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var explicitFirst = new HashSet<int>();
        for (var i = 0; i < links.Count; i++)
        {
            // Only the first link with an explicit id keeps it; a repeat is reported as an error elsewhere.
            if (links[i].ExplicitId is { } id && IsValid(id) && taken.Add(id))
            {
                explicitFirst.Add(i);
            }
        }

        var ids = new List<string>(links.Count);
        for (var i = 0; i < links.Count; i++)
        {
            if (explicitFirst.Contains(i))
            {
                ids.Add(links[i].ExplicitId!);
                continue;
            }

            var stem = links[i].ExplicitId is { } repeated && IsValid(repeated) ? repeated : FromText(links[i].Text);
            var candidate = stem;
            for (var n = 2; !taken.Add(candidate); n++)
            {
                candidate = $"{stem}-{n}";
            }

            ids.Add(candidate);
        }

        return ids;
    }

    /// <summary>The id a link's words give, before de-duplication.</summary>
    public static string FromText(string text)
    {
        var slug = Slug.From(FoldLatin1(text));
        var ascii = new StringBuilder(slug.Length);
        foreach (var c in slug)
        {
            if (char.IsAsciiLetterOrDigit(c) || (c == '-' && ascii.Length > 0 && ascii[^1] != '-'))
            {
                ascii.Append(c);
            }
        }

        var id = ascii.ToString().Trim('-');
        if (id.Length > MaxDerivedLength)
        {
            var cut = id.LastIndexOf('-', MaxDerivedLength);
            id = cut > 0 ? id[..cut] : id[..MaxDerivedLength];
        }

        return id.Length == 0 ? Fallback : id;
    }

    // U+00C0 to U+00FF without their accents, so "Café crèche" gives "cafe-creche" rather than losing
    // letters (the build runs without culture data, so Unicode decomposition is not available).
    private const string Latin1Folded = "AAAAAAACEEEEIIIIDNOOOOO OUUUUYTsaaaaaaaceeeeiiiidnooooo ouuuuyty";

    private static string FoldLatin1(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                'Æ' or 'æ' => "ae",
                'ß' => "ss",
                >= '\u00C0' and <= '\u00FF' => Latin1Folded[c - '\u00C0'].ToString(),
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
