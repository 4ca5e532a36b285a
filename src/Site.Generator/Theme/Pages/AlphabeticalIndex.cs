using Site.Generator.Content;

namespace Site.Generator.Theme.Pages;

/// <summary>Documents under one letter of the A to Z.</summary>
public sealed record LetterGroup(string Letter, string Id, IReadOnlyList<SourceDocument> Documents);

/// <summary>
/// The A to Z of every page on the search page, which needs no JavaScript: documents grouped by the
/// first letter of their title, titles starting with a digit or symbol grouped first under "0–9".
/// </summary>
public static class AlphabeticalIndex
{
    public const string OtherLetter = "0–9";

    public static IReadOnlyList<LetterGroup> Of(IEnumerable<SourceDocument> documents) =>
        documents
            .OrderBy(d => d.Meta.Title, StringComparer.OrdinalIgnoreCase)
            .GroupBy(d => LetterOf(d.Meta.Title))
            .OrderBy(g => g.Key == OtherLetter ? "" : g.Key, StringComparer.Ordinal)
            .Select(g => new LetterGroup(g.Key, "a-to-z-" + (g.Key == OtherLetter ? "0-9" : g.Key.ToLowerInvariant()), g.ToList()))
            .ToList();

    private static string LetterOf(string title)
    {
        var first = title.TrimStart('"', '\'', '“', '‘', '(').FirstOrDefault();
        return char.IsAsciiLetter(first) ? char.ToUpperInvariant(first).ToString() : OtherLetter;
    }
}
