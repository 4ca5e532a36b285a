using Site.Generator.Theme;
using Site.Generator.Theme.Email;

namespace Site.Generator.Newsletters;

/// <summary>
/// Plans the page behind each tracked link: where it sends the reader and how it says so. Only the
/// links of a newsletter get a page, each with its one fixed target, so no address can be made to
/// send readers somewhere else (nothing is read from the query string).
/// </summary>
public static class TrackedLinkPages
{
    public static TrackedLinkPageModel Model(SiteContext site, string newsletterTitle, TrackedLink tracked) => new(
        site.Settings.Language,
        site.Settings.Name,
        site.Assets.Stylesheet,
        site.Assets.Favicon,
        newsletterTitle,
        tracked.Link.Text.Length > 0 ? tracked.Link.Text : Destination(site, tracked),
        Destination(site, tracked),
        tracked.Link.Target);

    /// <summary>Where a link goes, in words that finish "It goes to …".</summary>
    public static string Destination(SiteContext site, TrackedLink tracked)
    {
        var target = tracked.Link.Target;
        switch (tracked.Kind)
        {
            case LinkKind.Email:
                return $"an email to {Uri.UnescapeDataString(target["mailto:".Length..].Split('?')[0])}";
            case LinkKind.Phone:
                return $"a phone call to {Uri.UnescapeDataString(target["tel:".Length..])}";
            case LinkKind.OwnSite:
                var path = tracked.SitePath ?? "/";
                if (site.Find(path) is { } page)
                {
                    return $"the page ‘{page.Meta.Title}’ on our website";
                }

                return Path.HasExtension(path.TrimEnd('/')) ? "a file on our website" : "a page on our website";
            default:
                var host = Uri.TryCreate(target, UriKind.Absolute, out var uri) ? uri.Host : target;
                return $"the website {(host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host)}";
        }
    }
}
