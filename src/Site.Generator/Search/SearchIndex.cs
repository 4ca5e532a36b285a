using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using AngleSharp.Dom;
using Site.Generator.Build;
using Site.Generator.Checks.Html;
using Site.Generator.Content;
using Site.Generator.Theme;
using Site.Generator.Urls;
using Site.Search;

namespace Site.Generator.Search;

/// <summary>
/// Builds the lunr.js index and the documents list the search page loads, from the text of the
/// rendered pages (what readers see, not the Markdown).
/// </summary>
public static class SearchIndex
{
    public const int ExcerptLength = 400;

    // Every character char.IsWhiteSpace accepts.
    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace).ToArray());

    /// <summary>The indexed fields, in the order values are given; the search page relies on their names.</summary>
    public static readonly IReadOnlyList<SearchField> Fields =
    [
        new("title", 10),
        new("summary", 5),
        new("headings", 3),
        new("body"),
        new("type"),
        new("audience"),
        new("topics"),
    ];

    /// <summary>The files <see cref="Write"/> publishes, known before any page is made.</summary>
    public static readonly IReadOnlyList<string> OutputUrls = [SiteUrls.SearchIndex, SiteUrls.SearchDocuments];

    /// <summary>What the index needs from one laid-out page: plain text, so the page's parse can go.</summary>
    /// <param name="index">
    /// The index the checks made of the page: its author's text (<c>.app-prose</c>, see
    /// <see cref="PageIndex.Prose"/>) and its headings in page order.
    /// </param>
    /// <remarks>
    /// The body is the prose's text and the headings its <c>h2</c> and <c>h3</c> elements, each with its
    /// white space made single spaces. Text nodes are read directly rather than through
    /// <c>TextContent</c>, which borrows from a pool AngleSharp locks across threads.
    /// </remarks>
    public static SearchEntry Extract(PageModel page, PageIndex index)
    {
        if (index.Prose is not { } prose)
        {
            return new SearchEntry(page.Url, page.Title, page.Document!, "", "");
        }

        var buffer = new StringBuilder();
        var headings = new List<string>();
        foreach (var heading in index.Headings)
        {
            if (heading.LocalName is "h2" or "h3" && index.IsInProse(heading))
            {
                headings.Add(Normalised(heading, buffer));
            }
        }

        return new SearchEntry(page.Url, page.Title, page.Document!, string.Join(' ', headings), Normalised(prose, buffer));
    }

    public static void Write(IEnumerable<SearchEntry> entries, OutputSet output)
    {
        var builder = new LunrIndexBuilder(Fields);
        var documents = new List<SearchDocument>();
        foreach (var (url, title, document, headings, body) in entries.OrderBy(e => e.Url, StringComparer.Ordinal))
        {
            var type = ContentNames.KeyOf(document.Type);
            var audience = document.Meta.Audience.Select(ContentNames.KeyOf).ToList();
            builder.Add(documents.Count.ToString(CultureInfo.InvariantCulture),
                [title, document.Meta.Summary, headings, body, type, string.Join(' ', audience), string.Join(' ', document.Meta.Topics)]);
            documents.Add(new SearchDocument(
                url,
                title,
                type,
                ContentNames.Label(document.Type),
                document.Meta.Summary,
                document.Meta.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                document.Meta.Date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
                audience,
                Excerpt(body)));
        }

        output.Add(SiteUrls.SearchIndex, builder.WriteTo);
        output.Add(SiteUrls.SearchDocuments, stream => JsonSerializer.Serialize(stream, documents, SearchJson.Default.ListSearchDocument));
    }

    /// <summary>Pages that belong in the index: documents that have not opted out, first page of listings only.</summary>
    public static bool IsSearchable(PageModel page) =>
        page.Document is { Meta.Searchable: true } && page.Kind is not (PageKind.Search or PageKind.NotFound)
        && (page.Listing?.Pagination is null || page.Listing.Pagination.Current == 1);

    /// <summary>The element's text (all its text nodes, as <c>TextContent</c>), each run of white space one space, none at the ends.</summary>
    private static string Normalised(IElement element, StringBuilder buffer)
    {
        buffer.Clear();
        var space = false;
        foreach (var text in element.Descendants<IText>())
        {
            var rest = text.Data.AsSpan();
            while (!rest.IsEmpty)
            {
                var word = rest.IndexOfAny(WhiteSpace);
                if (word != 0)
                {
                    if (space)
                    {
                        buffer.Append(' ');
                        space = false;
                    }

                    buffer.Append(word < 0 ? rest : rest[..word]);
                    if (word < 0)
                    {
                        break;
                    }

                    rest = rest[word..];
                }

                var next = rest.IndexOfAnyExcept(WhiteSpace);
                space = buffer.Length > 0;
                rest = next < 0 ? [] : rest[next..];
            }
        }

        return buffer.ToString();
    }

    private static string Excerpt(string body)
    {
        if (body.Length <= ExcerptLength)
        {
            return body;
        }

        var cut = body.LastIndexOf(' ', ExcerptLength);
        return body[..(cut > 0 ? cut : ExcerptLength)] + "…";
    }
}

/// <summary>One page's text for the index: its headings and its author's text, whitespace made single spaces.</summary>
public sealed record SearchEntry(string Url, string Title, SourceDocument Document, string Headings, string Body);

/// <summary>What the search page shows for a result; the lunr ref is the position in the list.</summary>
public sealed record SearchDocument(
    string Url,
    string Title,
    string Type,
    string TypeLabel,
    string? Summary,
    string? Date,
    string? DateText,
    IReadOnlyList<string> Audience,
    string Excerpt);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(List<SearchDocument>))]
internal sealed partial class SearchJson : JsonSerializerContext;
