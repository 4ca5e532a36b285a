using Site.Generator.Content;
using Site.Generator.Data;
using Site.Generator.Markdown;
using Site.Generator.Theme.Layout;

namespace Site.Generator.Theme;

/// <summary>What every template can see of the site: settings, data, asset addresses and all published documents.</summary>
public sealed record SiteContext(
    SiteSettings Settings,
    SiteData Data,
    AssetUrls Assets,
    IReadOnlyList<SourceDocument> Documents,
    DateOnly Today)
{
    private readonly Dictionary<string, SourceDocument> _byUrl = Documents.ToDictionary(d => d.Url, StringComparer.Ordinal);
    private readonly Lazy<SharedMarkup> _shared = new(() => new SharedMarkup(Settings, Data));

    // Sections are listed on their own pages, in feeds and in listing blocks, on every thread.
    private readonly Lazy<Dictionary<string, IReadOnlyList<SourceDocument>>> _sections = new(() =>
        Documents.Where(d => d.Type != ContentType.Section)
            .GroupBy(d => d.Section, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Order(g), StringComparer.Ordinal));

    /// <summary>The layout's parts that do not depend on the page, rendered when first asked for.</summary>
    public SharedMarkup Shared => _shared.Value;

    public SourceDocument? Find(string url) => _byUrl.GetValueOrDefault(url);

    /// <summary>The documents of a section, newest first, then by weight and title.</summary>
    public IReadOnlyList<SourceDocument> InSection(string section) => _sections.Value.GetValueOrDefault(section) ?? [];

    public static IReadOnlyList<SourceDocument> Order(IEnumerable<SourceDocument> documents) =>
        documents.OrderByDescending(d => d.Meta.Date ?? DateOnly.MinValue)
            .ThenBy(d => d.Meta.Weight)
            .ThenBy(d => d.Meta.Title, StringComparer.OrdinalIgnoreCase)
            .ToList();
}

/// <summary>The fingerprinted addresses of the theme's stylesheet and scripts.</summary>
public sealed record AssetUrls(string Stylesheet, string Script, string SearchScript, string Lunr, string Favicon);

/// <summary>Which template a page is rendered with.</summary>
public enum PageKind
{
    Document,
    Home,
    Listing,
    Search,
    NotFound,
}

/// <summary>Everything one page's template needs; built by the pipeline, read by the theme.</summary>
public sealed record PageModel
{
    public required SiteContext Site { get; init; }
    public required PageKind Kind { get; init; }
    public required string Url { get; init; }
    public required string Title { get; init; }
    public string? Summary { get; init; }

    /// <summary>The source document; null for pages the generator makes on its own (search, 404).</summary>
    public SourceDocument? Document { get; init; }

    public RenderedBody Body { get; init; } = RenderedBody.Empty;
    public IReadOnlyList<Breadcrumb> Breadcrumbs { get; init; } = [];

    /// <summary>The link between a document and its version for parents and young people, either way.</summary>
    public VersionLink? OtherVersion { get; init; }

    /// <summary>Items listed below the body: a section's documents, a topic's or a hub's pages.</summary>
    public Listing? Listing { get; init; }

    /// <summary>Keeps the page out of search engines (the 404 page, tracked-link pages).</summary>
    public bool NoIndex { get; init; }
}

/// <summary>One step of the breadcrumbs above a page's title.</summary>
public sealed record Breadcrumb(string Title, string Url);

/// <summary>A link from a full version to its friendly version (<paramref name="ToFriendly"/>) or back.</summary>
public sealed record VersionLink(string Url, string Title, bool ToFriendly);

/// <summary>A page of listed documents, and where the other pages and the feed are.</summary>
public sealed record Listing(IReadOnlyList<SourceDocument> Items, Pagination? Pagination, string? FeedUrl);

/// <summary>Links between the pages of a long listing; <see cref="Current"/> is 1-based.</summary>
public sealed record Pagination(int Current, IReadOnlyList<string> PageUrls)
{
    public string? Previous => Current > 1 ? PageUrls[Current - 2] : null;

    public string? Next => Current < PageUrls.Count ? PageUrls[Current] : null;
}
