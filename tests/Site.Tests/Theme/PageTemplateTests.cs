using Site.Generator.Theme;
using Site.Generator.Theme.Pages;

namespace Site.Tests.Theme;

public sealed class PageTemplateTests
{
    private static ThemeSite Briefs(int count)
    {
        var site = new ThemeSite().With("learning-briefs/_index.md", "---\ntitle: Learning briefs\nsummary: What we learned.\n---\n\nEvery audit ends with a brief.\n");
        for (var i = 1; i <= count; i++)
        {
            site.With($"learning-briefs/brief-{i}.md", $"---\ntitle: Brief {i}\nsummary: Summary {i}.\ndate: 2024-01-{i:00}\nsource: multi-agency-audit\n---\n");
        }

        return site;
    }

    [Fact]
    public void A_listing_shows_its_introduction_then_each_item_with_type_date_and_summary()
    {
        var site = Briefs(2);
        var context = site.Context();
        var model = site.Page("/learning-briefs/", PageKind.Listing) with { Listing = new Listing(context.InSection("learning-briefs"), null, "/learning-briefs/feed.xml") };
        var page = ThemeSite.Render(model);

        Assert.Equal("Every audit ends with a brief.", page.QuerySelector(".app-prose p")!.TextContent);
        var items = page.QuerySelectorAll(".app-document-list__item").ToList();
        Assert.Equal(["Brief 2", "Brief 1"], items.Select(i => i.QuerySelector("h2 a")!.TextContent));
        Assert.Equal("/learning-briefs/brief-2/", items[0].QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Contains("Learning brief", items[0].QuerySelector(".app-document-list__meta")!.TextContent);
        Assert.Equal("2024-01-02", items[0].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("Summary 2.", items[0].QuerySelector(".app-document-list__summary")!.TextContent);
        Assert.Equal("/learning-briefs/feed.xml", page.QuerySelector(".app-feed-link a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_long_listing_has_govuk_pagination_with_the_current_page_marked()
    {
        var site = Briefs(3);
        var urls = new[] { "/learning-briefs/", "/learning-briefs/page/2/", "/learning-briefs/page/3/" };
        var model = site.Page("/learning-briefs/", PageKind.Listing) with { Url = urls[1], Listing = new Listing(site.Context().InSection("learning-briefs").Take(1).ToList(), new Pagination(2, urls), null) };
        var pagination = ThemeSite.Render(model).QuerySelector("nav.govuk-pagination")!;

        Assert.Equal("/learning-briefs/", pagination.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/learning-briefs/page/3/", pagination.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal(urls[1], pagination.QuerySelector("[aria-current=page]")!.GetAttribute("href"));
        Assert.Equal(3, pagination.QuerySelectorAll(".govuk-pagination__item").Length);
    }

    [Fact]
    public void Pagination_leaves_gaps_in_long_runs_of_pages()
    {
        Assert.Equal([1, null, 4, 5, 6, null, 10], PageNumbers.Shown(5, 10));
        Assert.Equal([1, 2, 3], PageNumbers.Shown(2, 3));
    }

    [Fact]
    public void The_home_page_has_the_site_name_as_its_heading_and_the_listing_block_shows_the_latest_three()
    {
        var site = Briefs(4).With("index.md", "---\ntitle: Testshire partnership\n---\n\n## Latest learning\n\n{{< listing learning-briefs >}}\n");
        var page = ThemeSite.Render(site.Page("/", PageKind.Home));

        Assert.Equal("Testshire partnership", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Brief 4", "Brief 3", "Brief 2"], page.QuerySelectorAll(".app-prose .app-document-list h3 a").Select(a => a.TextContent));
        var all = page.QuerySelectorAll(".app-prose a[href='/learning-briefs/']").Single();
        Assert.Equal("All learning briefs", all.TextContent);
    }

    [Fact]
    public void The_not_found_page_links_home_to_search_and_to_reporting_a_concern()
    {
        var site = new ThemeSite().With("report-a-concern.md", "---\ntitle: Report a concern\n---\nCall us.\n");
        var page = ThemeSite.Render(site.GeneratedPage("/404.html", PageKind.NotFound, "Page not found"));

        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/search/", "/", "/report-a-concern/"], links);
    }

    [Fact]
    public void The_not_found_page_of_a_site_without_a_report_page_links_only_to_pages_that_exist()
    {
        var page = ThemeSite.Render(new ThemeSite().GeneratedPage("/404.html", PageKind.NotFound, "Page not found"));

        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/search/", "/"], links);
    }
}
