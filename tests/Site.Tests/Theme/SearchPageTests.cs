using Site.Generator.Theme;

namespace Site.Tests.Theme;

public sealed class SearchPageTests
{
    private static readonly ThemeSite Site = new ThemeSite()
        .With("learning-briefs/neglect.md", "---\ntitle: Neglect audit\ndate: 2024-02-14\nsource: multi-agency-audit\n---\n")
        .With("toolkits/early-help.md", "---\ntitle: Early help toolkit\n---\n")
        .With("about.md", "---\ntitle: About us\n---\n")
        .With("yearly-reports/2019-20.md", "---\ntitle: 2019/20 yearly report\ndate: 2020-09-30\nperiod: 2019/20\n---\n")
        .With("search.md", "---\ntitle: Search\n---\n");

    private static AngleSharp.Dom.IDocument Render() => ThemeSite.Render(Site.GeneratedPage("/search/", PageKind.Search, "Search"));

    [Fact]
    public void The_form_keeps_the_markup_contract_that_the_search_script_enhances()
    {
        var page = Render();

        var form = page.QuerySelector("form#search-form")!;
        Assert.Equal("/search/", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("search", form.GetAttribute("role"));
        Assert.NotNull(form.QuerySelector("label[for=search-q]"));
        var input = form.QuerySelector("input#search-q")!;
        Assert.Equal("q", input.GetAttribute("name"));
        Assert.Equal("search", input.GetAttribute("type"));
        Assert.NotNull(form.QuerySelector("fieldset#search-filter-type"));
        Assert.NotNull(form.QuerySelector("fieldset#search-filter-audience"));
        Assert.NotNull(form.QuerySelector("button[type=submit]"));
        var status = page.QuerySelector("p#search-status")!;
        Assert.Equal("status", status.GetAttribute("role"));
        Assert.Equal("polite", status.GetAttribute("aria-live"));
        var results = page.QuerySelector("div#search-results")!;
        Assert.Equal("/search/lunr-index.json", results.GetAttribute("data-index-url"));
        Assert.Equal("/search/documents.json", results.GetAttribute("data-documents-url"));
        Assert.NotNull(page.QuerySelector("div#search-a-to-z"));
    }

    [Fact]
    public void The_search_page_starts_downloading_the_index_and_documents_from_its_head()
    {
        var preloads = Render().QuerySelectorAll("head link[rel=preload]")
            .Select(link => (link.GetAttribute("href"), link.GetAttribute("as"), link.GetAttribute("crossorigin")));

        // as=fetch and an anonymous CORS mode match search.js's same-origin fetch, so the browser reuses the download.
        Assert.Equal([("/search/lunr-index.json", "fetch", "anonymous"), ("/search/documents.json", "fetch", "anonymous")], preloads);
    }

    [Fact]
    public void Other_pages_preload_nothing()
    {
        var page = ThemeSite.Render(Site.Page("/about/"));

        Assert.Empty(page.QuerySelectorAll("link[rel=preload]"));
    }

    [Fact]
    public void Type_filters_offer_only_the_types_the_site_has_labelled_for_readers()
    {
        var boxes = Render().QuerySelectorAll("#search-filter-type input[type=checkbox][name=type]")
            .Select(input => (input.GetAttribute("value"), input.ParentElement!.QuerySelector($"label[for='{input.Id}']")!.TextContent))
            .ToList();

        Assert.Equal([("learning-brief", "Learning brief"), ("page", "Page"), ("toolkit", "Toolkit"), ("yearly-report", "Yearly report")], boxes);
    }

    [Fact]
    public void Audience_filters_offer_the_three_audiences()
    {
        var values = Render().QuerySelectorAll("#search-filter-audience input[name=audience]").Select(i => i.GetAttribute("value"));

        Assert.Equal(["families", "children-and-young-people", "practitioners"], values);
    }

    [Fact]
    public void The_a_to_z_lists_every_document_under_its_first_letter_with_digits_first()
    {
        var atoz = Render().QuerySelector("#search-a-to-z")!;

        Assert.Equal(["0–9", "A", "E", "N", "S"], atoz.QuerySelectorAll("h3").Select(h => h.TextContent));
        Assert.Equal(
            ["/yearly-reports/2019-20/", "/about/", "/toolkits/early-help/", "/learning-briefs/neglect/", "/search/"],
            atoz.QuerySelectorAll("h3 + ul a").Select(a => a.GetAttribute("href")));
        var letters = atoz.QuerySelectorAll(".app-a-to-z__letters a").Select(a => a.GetAttribute("href")!.TrimStart('#')).ToList();
        Assert.Equal(atoz.QuerySelectorAll("h3").Select(h => h.Id), letters);
    }

    [Fact]
    public void The_search_page_has_no_second_search_form_in_its_header()
    {
        Assert.Single(Render().QuerySelectorAll("form[role=search]"));
    }
}
