using Site.Generator.Urls;

namespace Site.Generator.Newsletters;

/// <summary>What a newsletter link leads to; it decides the wording of its /go/ page and whether it gets campaign parameters.</summary>
public enum LinkKind
{
    OwnSite,
    OtherSite,
    Email,
    Phone,
}

/// <summary>A link's destination as an absolute address, with the site path when it is one of our own pages.</summary>
public sealed record LinkTarget(string Url, LinkKind Kind, string? SitePath);

/// <summary>
/// Turns a link as written in a newsletter into the absolute address its /go/ page sends readers to.
/// Links to our own site (written as /path/, relative, or as an absolute address under base-url) get
/// campaign parameters, so the site's own analytics can tell newsletter visits apart; links elsewhere
/// are left exactly as written.
/// </summary>
public static class LinkTargets
{
    public const string Source = "newsletter";
    public const string Medium = "email";

    private static readonly string[] CampaignKeys = ["utm_source", "utm_medium", "utm_campaign", "utm_content"];

    /// <param name="href">The link as written.</param>
    /// <param name="pageUrl">The web edition's site path, against which relative links resolve.</param>
    /// <param name="baseUrl">The site's base-url.</param>
    /// <returns>Null when the link's scheme cannot be sent to from a web page safely (javascript:, data:, ftp:…).</returns>
    public static LinkTarget? Resolve(string href, string pageUrl, Uri baseUrl)
    {
        href = href.Trim();
        if (href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return new LinkTarget(href, LinkKind.Email, null);
        }

        if (href.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            return new LinkTarget(href, LinkKind.Phone, null);
        }

        if (SiteUrls.IsInternal(href))
        {
            var path = SiteUrls.Resolve(pageUrl, href) ?? pageUrl;
            var rest = href.IndexOfAny(['?', '#']) is var at and >= 0 ? href[at..] : "";
            return new LinkTarget(SiteUrls.Absolute(baseUrl, path).AbsoluteUri + rest, LinkKind.OwnSite, path);
        }

        if (!href.StartsWith("//", StringComparison.Ordinal)
            && Uri.TryCreate(href, UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https")
        {
            return IsUnder(uri, baseUrl)
                ? new LinkTarget(href, LinkKind.OwnSite, "/" + uri.AbsolutePath[baseUrl.AbsolutePath.Length..])
                : new LinkTarget(href, LinkKind.OtherSite, null);
        }

        return null;
    }

    /// <summary>
    /// Adds <c>utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=SLUG&amp;utm_content=ID</c>
    /// before any fragment, replacing campaign parameters the author may have written.
    /// </summary>
    public static string WithCampaign(string url, string newsletter, string linkId)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash >= 0 ? url[hash..] : "";
        var withoutFragment = hash >= 0 ? url[..hash] : url;
        var question = withoutFragment.IndexOf('?', StringComparison.Ordinal);
        var path = question >= 0 ? withoutFragment[..question] : withoutFragment;
        var kept = question >= 0
            ? withoutFragment[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Where(p => !CampaignKeys.Contains(p.Split('=')[0], StringComparer.OrdinalIgnoreCase))
            : [];
        string[] campaign =
        [
            $"utm_source={Source}",
            $"utm_medium={Medium}",
            $"utm_campaign={Uri.EscapeDataString(newsletter)}",
            $"utm_content={Uri.EscapeDataString(linkId)}",
        ];
        return path + "?" + string.Join('&', kept.Concat(campaign)) + fragment;
    }

    private static bool IsUnder(Uri uri, Uri baseUrl) =>
        string.Equals(uri.Host, baseUrl.Host, StringComparison.OrdinalIgnoreCase)
        && uri.Port == baseUrl.Port
        && (uri.AbsolutePath + "/").StartsWith(baseUrl.AbsolutePath, StringComparison.Ordinal)
        && uri.AbsolutePath.Length >= baseUrl.AbsolutePath.Length;
}
