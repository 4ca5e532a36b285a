using Site.Generator.Content;
using Site.Generator.Markdown;
using Site.Generator.Theme;
using Site.Generator.Urls;

namespace Site.Generator.Pages;

/// <summary>
/// Decides every web page of the site and what each shows: documents, paginated section listings,
/// topic pages and audience hubs, the home page, search and the not-found page.
/// </summary>
public static class PagePlanner
{
    public const int ListingPageSize = 12;

    public static IReadOnlyList<PageModel> Plan(SiteContext site, IReadOnlyList<RenderedDocument> documents)
    {
        var pages = new List<PageModel>();
        var friendlyOf = documents.Where(d => d.Source.Meta.FriendlyVersionOf is not null)
            .ToDictionary(d => d.Source.Meta.FriendlyVersionOf!.TrimStart('/'), d => d.Source, StringComparer.Ordinal);
        var bySourcePath = documents.ToDictionary(d => d.Source.SourcePath, d => d.Source, StringComparer.Ordinal);

        foreach (var rendered in documents)
        {
            var document = rendered.Source;
            var page = new PageModel
            {
                Site = site,
                Kind = document.Type == ContentType.Home ? PageKind.Home : PageKind.Document,
                Url = document.Url,
                Title = document.Meta.Title,
                Summary = document.Meta.Summary,
                Document = document,
                Body = rendered.Body,
                Breadcrumbs = Breadcrumbs(site, document.Url),
                OtherVersion = OtherVersion(document, friendlyOf, bySourcePath),
            };

            var listed = Listed(site, document);
            if (listed is null)
            {
                pages.Add(page);
            }
            else
            {
                pages.AddRange(Paginate(page with { Kind = PageKind.Listing }, listed, FeedFor(site, document)));
            }
        }

        pages.AddRange(SectionsWithoutIndex(site));
        if (site.Find(SiteUrls.Home) is null)
        {
            pages.Add(new PageModel
            {
                Site = site,
                Kind = PageKind.Listing,
                Url = SiteUrls.Home,
                Title = site.Settings.Name,
                Listing = new Listing(site.Documents.OrderBy(d => d.Meta.Title, StringComparer.OrdinalIgnoreCase).ToList(), null, null),
            });
        }

        pages.Add(new PageModel { Site = site, Kind = PageKind.Search, Url = SiteUrls.Search, Title = "Search", Breadcrumbs = [Home] });
        pages.Add(new PageModel { Site = site, Kind = PageKind.NotFound, Url = SiteUrls.NotFound, Title = "Page not found", NoIndex = true });
        return pages;
    }

    private static readonly Breadcrumb Home = new("Home", SiteUrls.Home);

    /// <summary>What a listing-type document gathers below its text, or null for an ordinary document.</summary>
    private static IReadOnlyList<SourceDocument>? Listed(SiteContext site, SourceDocument document) => document.Type switch
    {
        ContentType.Section => site.InSection(SectionOf(document)),
        ContentType.Topic => Tagged(site, document.Slug),
        ContentType.Hub when document.Meta.Details is HubDetails hub =>
            SiteContext.Order(site.Documents.Where(d => IsListable(d) && d.Meta.Audience.Contains(hub.Audience))),
        _ => null,
    };

    private static IReadOnlyList<SourceDocument> Tagged(SiteContext site, string topic) =>
        SiteContext.Order(site.Documents.Where(d => IsListable(d) && d.Meta.Topics.Contains(topic)));

    private static bool IsListable(SourceDocument document) =>
        document.Type is not (ContentType.Home or ContentType.Section or ContentType.Topic or ContentType.Hub);

    private static string? FeedFor(SiteContext site, SourceDocument document) =>
        document.Type == ContentType.Section && site.InSection(SectionOf(document)).Any(d => ContentNames.IsDated(d.Type))
            ? SiteUrls.Feed(SectionOf(document))
            : null;

    /// <summary>The section an _index.md introduces: the folder it is in.</summary>
    public static string SectionOf(SourceDocument sectionIndex) => sectionIndex.Slug;

    private static IEnumerable<PageModel> Paginate(PageModel first, IReadOnlyList<SourceDocument> items, string? feed)
    {
        var count = Math.Max(1, (items.Count + ListingPageSize - 1) / ListingPageSize);
        var urls = Enumerable.Range(1, count).Select(n => SiteUrls.ListingPage(first.Url, n)).ToList();
        for (var n = 1; n <= count; n++)
        {
            var slice = items.Skip((n - 1) * ListingPageSize).Take(ListingPageSize).ToList();
            var pagination = count > 1 ? new Pagination(n, urls) : null;
            yield return n == 1
                ? first with { Listing = new Listing(slice, pagination, feed) }
                : first with
                {
                    Url = urls[n - 1],
                    Title = $"{first.Title} (page {n} of {count})",
                    Body = RenderedBody.Empty,
                    Breadcrumbs = [.. first.Breadcrumbs, new Breadcrumb(first.Title, first.Url)],
                    OtherVersion = null,
                    Listing = new Listing(slice, pagination, feed),
                };
        }
    }

    // A folder of documents without an _index.md still gets a listing page, titled from its name.
    private static IEnumerable<PageModel> SectionsWithoutIndex(SiteContext site)
    {
        var sections = site.Documents.Select(d => d.Section).Where(s => s.Length > 0 && s != SiteUrls.HubFolder).Distinct(StringComparer.Ordinal);
        foreach (var section in sections.Where(s => site.Find(SiteUrls.Section(s)) is null).Order(StringComparer.Ordinal))
        {
            var title = char.ToUpperInvariant(section[0]) + section[1..].Replace('-', ' ');
            var page = new PageModel
            {
                Site = site,
                Kind = PageKind.Listing,
                Url = SiteUrls.Section(section),
                Title = title,
                Breadcrumbs = [Home],
            };
            foreach (var listing in Paginate(page, site.InSection(section), null))
            {
                yield return listing;
            }
        }
    }

    private static VersionLink? OtherVersion(SourceDocument document, Dictionary<string, SourceDocument> friendlyOf, Dictionary<string, SourceDocument> bySourcePath)
    {
        if (friendlyOf.TryGetValue(document.SourcePath, out var friendly))
        {
            return new VersionLink(friendly.Url, friendly.Meta.Title, ToFriendly: true);
        }

        return document.Meta.FriendlyVersionOf is { } fullPath && bySourcePath.TryGetValue(fullPath.TrimStart('/'), out var full)
            ? new VersionLink(full.Url, full.Meta.Title, ToFriendly: false)
            : null;
    }

    /// <summary>Home, then each published page whose address contains this one's.</summary>
    public static IReadOnlyList<Breadcrumb> Breadcrumbs(SiteContext site, string url)
    {
        if (url == SiteUrls.Home)
        {
            return [];
        }

        var crumbs = new List<Breadcrumb> { Home };
        var parts = url.Trim('/').Split('/');
        for (var i = 1; i < parts.Length; i++)
        {
            var ancestor = "/" + string.Join('/', parts[..i]) + "/";
            if (site.Find(ancestor) is { } parent)
            {
                crumbs.Add(new Breadcrumb(parent.Meta.Title, ancestor));
            }
            else if (i == 1)
            {
                crumbs.Add(new Breadcrumb(char.ToUpperInvariant(parts[0][0]) + parts[0][1..].Replace('-', ' '), ancestor));
            }
        }

        return crumbs;
    }
}
