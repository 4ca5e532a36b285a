using Site.Generator.Data;
using Site.Generator.Urls;

namespace Site.Generator.Theme.Layout;

/// <summary>
/// Which navigation link a page belongs to, for <c>aria-current</c>: the link to the page itself
/// ("page"), or else the link whose address contains the page's or one of its breadcrumbs' ("true").
/// Only the closest link is marked, so /learning-briefs/x/ marks "Learning" and not "Home".
/// </summary>
public static class CurrentSection
{
    public const string Page = "page";
    public const string Section = "true";

    /// <summary>The <c>aria-current</c> value for each link, null where the link is not current.</summary>
    public static IReadOnlyList<string?> Of(PageModel model, IReadOnlyList<NavigationLink> links)
    {
        var states = new string?[links.Count];
        var exact = IndexOf(links, l => l.Url == model.Url);
        if (exact >= 0)
        {
            states[exact] = Page;
            return states;
        }

        var best = -1;
        for (var i = 0; i < links.Count; i++)
        {
            var url = links[i].Url;
            if (IsAncestor(url, model) && (best < 0 || url.Length > links[best].Url.Length))
            {
                best = i;
            }
        }

        if (best >= 0)
        {
            states[best] = Section;
        }

        return states;
    }

    // The home page is everyone's ancestor, so it only ever matches itself.
    private static bool IsAncestor(string url, PageModel model) =>
        url != SiteUrls.Home && url.EndsWith('/')
        && (model.Url.StartsWith(url, StringComparison.Ordinal) || model.Breadcrumbs.Any(b => b.Url == url));

    private static int IndexOf(IReadOnlyList<NavigationLink> links, Func<NavigationLink, bool> match)
    {
        for (var i = 0; i < links.Count; i++)
        {
            if (match(links[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
