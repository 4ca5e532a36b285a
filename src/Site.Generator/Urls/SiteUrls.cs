using Site.Generator.Content;

namespace Site.Generator.Urls;

/// <summary>
/// The one place that knows the site's addresses: where each source file is published, where the
/// generated pages live, and how a site path becomes an output file or an absolute URL.
/// </summary>
public static class SiteUrls
{
    public const string Home = "/";
    public const string Search = "/search/";
    public const string SearchIndex = "/search/lunr-index.json";
    public const string SearchDocuments = "/search/documents.json";
    public const string NotFound = "/404.html";
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";
    public const string Glossary = "/glossary/";
    public const string ReportAConcern = "/report-a-concern/";
    public const string Assets = "/assets/";

    /// <summary>Hubs are published at the top level (<c>/families/</c>), not under /hubs/.</summary>
    public const string HubFolder = "hubs";

    /// <summary>The address of a Markdown file, from its path under content/ (forward slashes).</summary>
    public static string ForSource(string sourcePath)
    {
        var withoutExtension = sourcePath[..^Path.GetExtension(sourcePath).Length];
        var parts = withoutExtension.Split('/');
        if (parts[^1] is "index" or "_index")
        {
            parts = parts[..^1];
        }

        if (parts.Length > 1 && parts[0] == HubFolder)
        {
            parts = parts[1..];
        }

        return parts.Length == 0 ? Home : "/" + string.Join('/', parts) + "/";
    }

    public static string Section(string section) => $"/{section}/";

    /// <summary>Page <paramref name="number"/> (1-based) of a paginated listing.</summary>
    public static string ListingPage(string listingUrl, int number) => number <= 1 ? listingUrl : $"{listingUrl}page/{number}/";

    public static string Feed(string section) => $"/{section}/feed.xml";

    public static string Topic(string topic) => $"/topics/{topic}/";

    public static string Asset(string fileName) => Assets + fileName;

    public static string GlossaryTerm(string id) => $"{Glossary}#{id}";

    public static string Newsletter(string slug) => $"/newsletters/{slug}/";

    public static string NewsletterEmail(string slug, string extension) => $"/newsletters/{slug}/email.{extension}";

    public static string NewsletterLinks(string slug) => $"/newsletters/{slug}/links.json";

    public static string TrackedLink(string slug, string linkId) => $"/go/{slug}/{linkId}/";

    /// <summary>The opt-in open-tracking image of a newsletter's email edition.</summary>
    public static string OpenTrackingPixel(string slug) => $"/go/{slug}/open.gif";

    /// <summary>The output file for a site path: directories get <c>index.html</c>.</summary>
    public static string OutputFile(string url)
    {
        var path = Uri.UnescapeDataString(url.Split('#', '?')[0]).TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    public static Uri Absolute(Uri baseUrl, string url) => new(baseUrl, url.TrimStart('/'));

    /// <summary>Is this a link within the site (not another host, not mailto: or tel:)?</summary>
    public static bool IsInternal(string href) =>
        href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal)
        || !href.Contains(':', StringComparison.Ordinal) && !href.StartsWith("//", StringComparison.Ordinal);

    /// <summary>Resolves a link written on the page at <paramref name="pageUrl"/> to a site path, or null if it leaves the site root.</summary>
    public static string? Resolve(string pageUrl, string href)
    {
        var end = href.AsSpan().IndexOfAny('#', '?');
        var pathPart = end < 0 ? href : href[..end];
        if (IsPlainSitePath(pathPart))
        {
            return pathPart;
        }

        if (pathPart.Length == 0)
        {
            return pageUrl;
        }

        var combined = pathPart.StartsWith('/') ? pathPart : pageUrl[..(pageUrl.LastIndexOf('/') + 1)] + pathPart;
        var stack = new List<string>();
        var segments = combined.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment == "..")
            {
                if (stack.Count == 0)
                {
                    return null;
                }

                stack.RemoveAt(stack.Count - 1);
            }
            else if (segment is not ("." or ""))
            {
                stack.Add(segment);
            }
        }

        var trailing = combined.EndsWith('/') || segments[^1] is "." or "..";
        var path = "/" + string.Join('/', stack);
        return trailing && stack.Count > 0 ? path + "/" : path;
    }

    /// <summary>A path from the root with nothing to resolve (no ., .. or empty segment): it is its own site path.</summary>
    private static bool IsPlainSitePath(string path) =>
        path.Length > 0 && path[0] == '/' && !path.Contains("/.", StringComparison.Ordinal) && !path.Contains("//", StringComparison.Ordinal);

    /// <summary>The address of the listing page a document's section has, if it has one.</summary>
    public static string? SectionOf(SourceDocument document) =>
        document.Section.Length == 0 ? null : Section(document.Section);
}
