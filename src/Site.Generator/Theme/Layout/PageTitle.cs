using Site.Generator.Urls;

namespace Site.Generator.Theme.Layout;

/// <summary>The text of a page's &lt;title&gt;: "Page - Site name", or the site's name alone on the home page.</summary>
public static class PageTitle
{
    public static string For(PageModel model) =>
        model.Url == SiteUrls.Home ? model.Site.Settings.Name : $"{model.Title} - {model.Site.Settings.Name}";
}
