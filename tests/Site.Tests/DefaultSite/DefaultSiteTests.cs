using Site.Generator.Diagnostics;
using Site.Tests.Support;

namespace Site.Tests.DefaultSite;

public sealed class DefaultSiteTests(DefaultSiteFixture site) : IClassFixture<DefaultSiteFixture>
{
    [Fact]
    public void The_default_site_builds_without_errors()
    {
        var errors = site.Result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();

        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("arrangements/index.html")]
    [InlineData("arrangements/for-parents-and-young-people/index.html")]
    [InlineData("yearly-reports/index.html")]
    [InlineData("yearly-reports/2019-20/index.html")]
    [InlineData("yearly-reports/assurance-statement-2023-24/index.html")]
    [InlineData("learning-briefs/index.html")]
    [InlineData("learning-briefs/whos-in-charge-practice-review/index.html")]
    [InlineData("scrutiny-responses/index.html")]
    [InlineData("newsletters/index.html")]
    [InlineData("newsletters/december-2023/index.html")]
    [InlineData("toolkits/neglect/index.html")]
    [InlineData("training/index.html")]
    [InlineData("report-a-concern/index.html")]
    [InlineData("accessibility/index.html")]
    [InlineData("privacy/index.html")]
    [InlineData("cookies/index.html")]
    [InlineData("staying-safe-online/index.html")]
    [InlineData("glossary/index.html")]
    [InlineData("search/index.html")]
    [InlineData("families/index.html")]
    [InlineData("children-and-young-people/index.html")]
    [InlineData("practitioners/index.html")]
    [InlineData("topics/neglect/index.html")]
    [InlineData("topics/early-help/index.html")]
    [InlineData("topics/exploitation/index.html")]
    [InlineData("404.html")]
    [InlineData("sitemap.xml")]
    [InlineData("robots.txt")]
    [InlineData("newsletters/feed.xml")]
    [InlineData("learning-briefs/feed.xml")]
    [InlineData("search/lunr-index.json")]
    [InlineData("search/documents.json")]
    public void Every_public_address_exists(string path) =>
        Assert.True(File.Exists(Path.Combine(site.Output, path)), $"{path} was not written.");

    [Fact]
    public void Every_page_has_one_title_heading_a_language_and_the_safety_routes()
    {
        var pages = site.HtmlFiles.ToList();
        Assert.True(pages.Count > 40, $"Only {pages.Count} pages were built.");
        foreach (var file in pages)
        {
            var page = site.Page(file);
            var name = Path.GetRelativePath(site.Output, file);
            Assert.True(page.QuerySelectorAll("h1").Length == 1, $"{name} does not have exactly one h1.");
            Assert.False(string.IsNullOrWhiteSpace(page.DocumentElement.GetAttribute("lang")), $"{name} has no lang.");
            Assert.False(string.IsNullOrWhiteSpace(page.Title), $"{name} has no title.");
            Assert.Equal("#main-content", page.QuerySelector("a[href]")!.GetAttribute("href"));
            Assert.NotNull(page.QuerySelector("main#main-content"));
            Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://www.bbc.co.uk/weather");
            Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "tel:999");
            Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/report-a-concern/");
        }
    }

    [Fact]
    public void No_page_has_inline_scripts_styles_or_event_handlers()
    {
        foreach (var file in site.HtmlFiles)
        {
            var page = site.Page(file);
            var name = Path.GetRelativePath(site.Output, file);
            Assert.All(page.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src"), $"{name} has an inline script."));
            Assert.Empty(page.QuerySelectorAll("style"));
            Assert.Empty(page.QuerySelectorAll("[style]"));
            Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void No_page_requests_anything_from_another_host()
    {
        foreach (var file in site.HtmlFiles)
        {
            var page = site.Page(file);
            var sources = page.QuerySelectorAll("script[src], link[href][rel=stylesheet], link[rel=icon], img[src]")
                .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!);
            Assert.All(sources, s => Assert.StartsWith("/", s, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_sitemap_lists_every_page_at_the_base_address()
    {
        var sitemap = System.Xml.Linq.XDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "sitemap.xml")));
        var locations = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();

        Assert.Contains("https://safeguardingsolihull.org.uk/arrangements/", locations);
        Assert.DoesNotContain(locations, l => l.EndsWith("404.html", StringComparison.Ordinal));
        Assert.True(locations.Count > 40);
    }

    [Fact]
    public void The_full_and_friendly_arrangements_link_to_each_other()
    {
        var full = site.Page(Path.Combine(site.Output, "arrangements", "index.html"));
        var friendly = site.Page(Path.Combine(site.Output, "arrangements", "for-parents-and-young-people", "index.html"));

        Assert.Contains(full.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/arrangements/for-parents-and-young-people/");
        Assert.Contains(friendly.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/arrangements/");
    }

    [Fact]
    public void The_search_index_loads_every_document_listed()
    {
        using var documents = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "search", "documents.json")));
        using var index = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "search", "lunr-index.json")));

        var refs = index.RootElement.GetProperty("fieldVectors").EnumerateArray()
            .Select(v => v[0].GetString()!.Split('/')[1]).Distinct().Count();
        Assert.Equal(documents.RootElement.GetArrayLength(), refs);
        Assert.Contains(documents.RootElement.EnumerateArray(), d => d.GetProperty("url").GetString() == "/learning-briefs/whos-in-charge-practice-review/");
    }
}
