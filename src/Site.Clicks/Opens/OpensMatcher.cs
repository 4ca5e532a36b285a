using System.Text;

namespace Site.Clicks.Opens;

/// <summary>
/// Finds which newsletter an opens row is about: a name in the row that is the newsletter's slug, or
/// becomes it when written as a slug ("Spring 2024" is "spring-2024"). Rows for the same newsletter
/// are added up, so a per-day export works too.
/// </summary>
internal static class OpensMatcher
{
    public static (Dictionary<string, NewsletterOpens> Matched, IReadOnlyList<NewsletterOpens> Unmatched) Match(
        IReadOnlyList<NewsletterOpens> rows, IReadOnlyCollection<string> slugs)
    {
        var bySlug = slugs.ToDictionary(slug => Slugify(slug), slug => slug, StringComparer.Ordinal);
        var matched = new Dictionary<string, NewsletterOpens>(StringComparer.Ordinal);
        var unmatched = new List<NewsletterOpens>();
        foreach (var row in rows)
        {
            var slug = row.Keys.Select(key => bySlug.GetValueOrDefault(Slugify(key))).FirstOrDefault(found => found is not null);
            if (slug is null)
            {
                unmatched.Add(row);
                continue;
            }

            matched[slug] = matched.TryGetValue(slug, out var earlier)
                ? earlier with { Opens = Add(earlier.Opens, row.Opens), UniqueOpens = Add(earlier.UniqueOpens, row.UniqueOpens) }
                : row;
        }

        return (matched, unmatched);
    }

    public static string Slugify(string text)
    {
        var slug = new StringBuilder(text.Length);
        var dash = false;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (dash && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else if (c is not ('\'' or '\u2019'))
            {
                dash = true;
            }
        }

        return slug.ToString();
    }

    private static long? Add(long? a, long? b) => a is null && b is null ? null : (a ?? 0) + (b ?? 0);
}
