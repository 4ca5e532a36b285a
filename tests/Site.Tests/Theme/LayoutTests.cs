using Site.Generator.Data;
using Site.Generator.Theme;

namespace Site.Tests.Theme;

public sealed class LayoutTests
{
    private static ThemeSite Site() => new ThemeSite()
        .With(ThemeData.Settings)
        .With(new SiteData { Contacts = ThemeData.Contacts })
        .With("index.md", "---\ntitle: Welcome\nsummary: Keeping children in Testshire safe.\n---\n\nHello.\n")
        .With("learning-briefs/_index.md", "---\ntitle: Learning briefs\n---\n\nWhat we learned.\n")
        .With("learning-briefs/neglect.md", """
            ---
            title: Learning from neglect
            summary: What an audit found.
            date: 2024-02-14
            source: multi-agency-audit
            ---

            ## Why it matters

            Text.
            """)
        .With("report-a-concern.md", "---\ntitle: Report a concern\n---\n\nCall us.\n");

    [Fact]
    public void The_skip_link_to_main_content_is_the_first_thing_in_the_body()
    {
        var page = ThemeSite.Render(Site().Page("/learning-briefs/neglect/"));

        var first = page.Body!.QuerySelector("*")!;
        Assert.Equal("A", first.TagName);
        Assert.Contains("govuk-skip-link", first.ClassList);
        Assert.Equal("#main-content", first.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("main#main-content"));
    }

    [Fact]
    public void Exit_this_page_uses_the_component_markup_and_goes_to_the_configured_page()
    {
        var page = ThemeSite.Render(Site().Page("/report-a-concern/"));

        var component = Assert.Single(page.QuerySelectorAll("[data-module=govuk-exit-this-page]"));
        var button = component.QuerySelector("a.govuk-exit-this-page__button.govuk-js-exit-this-page-button")!;
        Assert.Equal("https://neutral.example/weather", button.GetAttribute("href"));
        Assert.Equal("button", button.GetAttribute("role"));
        Assert.Equal("Emergency Exit this page", button.TextContent.Trim());
        Assert.Equal("https://neutral.example/weather", page.QuerySelector(".govuk-js-exit-this-page-skiplink")!.GetAttribute("href"));
    }

    [Fact]
    public void The_worried_block_shows_the_emergency_number_and_the_first_two_contacts_from_the_data()
    {
        var page = ThemeSite.Render(Site().Page("/learning-briefs/neglect/"));

        var block = page.QuerySelector("aside.app-worried")!;
        var phones = block.QuerySelectorAll("a[href^='tel:']").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("tel:999", "999"), ("tel:01215550101", "0121 555 0101"), ("tel:01215550202", "0121 555 0202")], phones);
        Assert.DoesNotContain("0800 1111", block.TextContent);
        Assert.NotNull(block.QuerySelector("a[href='/report-a-concern/']"));
        Assert.Equal("Worried about a child?", block.QuerySelector("#worried-heading")!.TextContent);
    }

    [Fact]
    public void The_worried_block_comes_after_the_navigation_and_before_the_breadcrumbs_and_main()
    {
        var model = Site().Page("/learning-briefs/neglect/") with { Breadcrumbs = [new Breadcrumb("Home", "/"), new Breadcrumb("Learning briefs", "/learning-briefs/")] };
        var html = ThemeSite.Html(model);

        var navigation = html.IndexOf("govuk-service-navigation", StringComparison.Ordinal);
        var worried = html.IndexOf("app-worried", StringComparison.Ordinal);
        var breadcrumbs = html.IndexOf("govuk-breadcrumbs", StringComparison.Ordinal);
        var main = html.IndexOf("<main", StringComparison.Ordinal);
        Assert.True(navigation < worried && worried < breadcrumbs && breadcrumbs < main, html);
    }

    [Fact]
    public void Without_contacts_there_is_no_worried_block()
    {
        var page = ThemeSite.Render(Site().With(new SiteData()).Page("/report-a-concern/"));

        Assert.Null(page.QuerySelector(".app-worried"));
    }

    [Fact]
    public void The_navigation_marks_the_page_itself_as_the_current_page()
    {
        var page = ThemeSite.Render(Site().Page("/report-a-concern/"));

        var current = Assert.Single(page.QuerySelectorAll("nav[aria-label=Main] [aria-current]"));
        Assert.Equal("/report-a-concern/", current.GetAttribute("href"));
        Assert.Equal("page", current.GetAttribute("aria-current"));
    }

    [Fact]
    public void The_navigation_marks_the_section_of_a_page_inside_it_and_not_the_home_page()
    {
        var page = ThemeSite.Render(Site().Page("/learning-briefs/neglect/"));

        var current = Assert.Single(page.QuerySelectorAll("nav[aria-label=Main] [aria-current]"));
        Assert.Equal("/learning-briefs/", current.GetAttribute("href"));
        Assert.Equal("true", current.GetAttribute("aria-current"));
    }

    [Fact]
    public void The_title_names_the_page_then_the_site_and_the_home_page_the_site_alone()
    {
        var site = Site();

        Assert.Equal("Learning from neglect - Testshire Safeguarding Children Partnership", ThemeSite.Render(site.Page("/learning-briefs/neglect/")).Title);
        Assert.Equal("Testshire Safeguarding Children Partnership", ThemeSite.Render(site.Page("/", PageKind.Home)).Title);
    }

    [Fact]
    public void The_head_has_the_language_description_canonical_address_and_theme_files()
    {
        var page = ThemeSite.Render(Site().Page("/learning-briefs/neglect/"));

        Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("What an audit found.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("https://testshire.example/learning-briefs/neglect/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(ThemeSite.Assets.Stylesheet, page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Equal(ThemeSite.Assets.Favicon, page.QuerySelector("link[rel=icon]")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("meta[name=robots]"));
    }

    [Fact]
    public void A_page_kept_out_of_search_engines_says_noindex()
    {
        var page = ThemeSite.Render(Site().GeneratedPage("/404.html", PageKind.NotFound, "Page not found") with { NoIndex = true });

        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public void Ordinary_pages_load_one_classic_script_at_the_end_of_the_body()
    {
        var page = ThemeSite.Render(Site().Page("/learning-briefs/neglect/"));

        var script = Assert.Single(page.QuerySelectorAll("script"));
        Assert.Equal(["src"], script.Attributes.Select(a => a.Name));
        Assert.Equal(ThemeSite.Assets.Script, script.GetAttribute("src"));
        Assert.Same(page.Body, script.ParentElement);
        Assert.Null(script.NextElementSibling);
    }

    [Fact]
    public void The_search_page_loads_the_site_script_then_lunr_then_the_search_script()
    {
        var page = ThemeSite.Render(Site().GeneratedPage("/search/", PageKind.Search, "Search"));

        var sources = page.QuerySelectorAll("script").Select(s => s.GetAttribute("src")).ToList();
        Assert.Equal([ThemeSite.Assets.Script, ThemeSite.Assets.Lunr, ThemeSite.Assets.SearchScript], sources);
    }

    [Fact]
    public void The_page_has_one_banner_one_main_and_one_contentinfo_and_every_navigation_is_labelled()
    {
        var model = Site().Page("/learning-briefs/neglect/") with { Breadcrumbs = [new Breadcrumb("Home", "/")] };
        var page = ThemeSite.Render(model);

        Assert.Single(page.QuerySelectorAll("body > header"));
        Assert.Single(page.QuerySelectorAll("main"));
        Assert.Single(page.QuerySelectorAll("body > footer"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.All(page.QuerySelectorAll("nav"), nav => Assert.False(string.IsNullOrWhiteSpace(nav.GetAttribute("aria-label"))));
    }

    [Fact]
    public void The_header_names_the_partnership_without_a_crown_and_searches_with_q()
    {
        var page = ThemeSite.Render(Site().Page("/report-a-concern/"));

        Assert.Equal("Testshire Safeguarding Children Partnership", page.QuerySelector(".govuk-generic-header__homepage-link")!.TextContent.Trim());
        Assert.Null(page.QuerySelector(".govuk-header__logotype, .govuk-logo, svg.govuk-header__logotype"));
        var form = page.QuerySelector("header form[role=search]")!;
        Assert.Equal("/search/", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        var input = form.QuerySelector("input[name=q]")!;
        var label = form.QuerySelector($"label[for='{input.Id}']")!;
        Assert.Contains("govuk-visually-hidden", label.ClassList);
    }

    [Fact]
    public void The_footer_links_from_settings_names_the_partners_and_says_no_cookies_are_set()
    {
        var footer = ThemeSite.Render(Site().Page("/report-a-concern/")).QuerySelector("footer")!;

        Assert.Equal(["/accessibility/", "/cookies/"], footer.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Testshire Council", footer.TextContent);
        Assert.Contains("Testshire Police", footer.TextContent);
        Assert.Contains("does not set any cookies", footer.TextContent);
    }

    [Fact]
    public void Breadcrumbs_link_to_every_page_above_this_one()
    {
        var model = Site().Page("/learning-briefs/neglect/") with { Breadcrumbs = [new Breadcrumb("Home", "/"), new Breadcrumb("Learning briefs", "/learning-briefs/")] };
        var crumbs = ThemeSite.Render(model).QuerySelectorAll("nav.govuk-breadcrumbs a");

        Assert.Equal(["/", "/learning-briefs/"], crumbs.Select(a => a.GetAttribute("href")));
    }
}
