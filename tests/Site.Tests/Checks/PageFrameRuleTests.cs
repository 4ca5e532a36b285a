using static Site.Tests.Checks.PublishedPages;

namespace Site.Tests.Checks;

/// <summary>
/// Rules about a page's frame (language, title, viewport, refresh, main landmark), which the theme
/// always gets right; checked on hand-written published HTML, with findings at the HTML file's lines.
/// </summary>
public sealed class PageFrameRuleTests
{
    [Fact]
    public void A_complete_page_passes_every_frame_rule()
    {
        using var pages = new PublishedPages(new Dictionary<string, string> { ["index.html"] = Html("<p>Hello.</p>") });

        Assert.Empty(pages.Outcome.Findings);
    }

    [Fact]
    public void A_page_without_a_language_fails_at_the_html_element()
    {
        using var pages = new PublishedPages(new Dictionary<string, string> { ["a/index.html"] = Html("<p>Hello.</p>", lang: "") });

        var finding = pages.Single("html-has-lang");

        Assert.Equal(("out/a/index.html", 2), (finding.At.File, finding.At.Line));
    }

    [Fact]
    public void A_page_without_a_title_fails()
    {
        using var pages = new PublishedPages(new Dictionary<string, string> { ["index.html"] = Html("<p>Hello.</p>", head: "<title> </title>") });

        Assert.Equal(2, pages.Single("document-title").At.Line);
    }

    [Theory]
    [InlineData("width=device-width, user-scalable=no")]
    [InlineData("width=device-width, maximum-scale=1")]
    [InlineData("width=device-width; user-scalable=0")]
    public void A_viewport_that_blocks_zoom_fails_at_the_meta_element(string content)
    {
        using var pages = new PublishedPages(new Dictionary<string, string>
        {
            ["index.html"] = Html("<p>Hello.</p>", head: $"<title>T</title>\n<meta name=\"viewport\" content=\"{content}\">"),
        });

        Assert.Equal(5, pages.Single("meta-viewport").At.Line);
    }

    [Fact]
    public void A_delayed_refresh_fails_and_an_immediate_redirect_like_the_tracked_link_pages_passes()
    {
        using var pages = new PublishedPages(new Dictionary<string, string>
        {
            ["slow/index.html"] = Html("<p>Moving.</p>", head: "<title>T</title>\n<meta http-equiv=\"refresh\" content=\"5; url=/new/\">"),
            ["go/news/link/index.html"] = Html("<p><a href=\"https://example.org/\">Continue to the page</a></p>", head: "<title>T</title>\n<meta http-equiv=\"refresh\" content=\"0; url=https://example.org/\">"),
        });

        var finding = pages.Single("meta-refresh");

        Assert.Equal(("out/slow/index.html", 5), (finding.At.File, finding.At.Line));
    }

    [Fact]
    public void A_page_without_a_main_landmark_and_one_with_two_fail()
    {
        using var pages = new PublishedPages(new Dictionary<string, string>
        {
            ["none/index.html"] = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>T</title></head>\n<body><h1>T</h1></body>\n</html>\n",
            ["two/index.html"] = Html("<div role=\"main\">Again</div>"),
        });

        var findings = pages.Findings("landmark-one-main");

        Assert.Equal([("out/none/index.html", 2), ("out/two/index.html", 8), ("out/two/index.html", 10)], findings.Select(f => (f.At.File, f.At.Line)));
    }

    [Fact]
    public void A_page_without_a_level_one_heading_fails_at_the_html_element()
    {
        using var pages = new PublishedPages(new Dictionary<string, string>
        {
            ["index.html"] = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>T</title></head>\n<body><main><h2>T</h2></main></body>\n</html>\n",
        });

        Assert.Equal(2, pages.Single("page-has-heading-one").At.Line);
    }

    [Fact]
    public void Fragment_links_between_published_pages_are_checked_against_each_pages_ids()
    {
        using var pages = new PublishedPages(new Dictionary<string, string>
        {
            ["index.html"] = Html("<p><a href=\"/b/#steps\">Steps</a> and <a href=\"/b/#nothing\">nothing</a>.</p>"),
            ["b/index.html"] = Html("<h2 id=\"steps\">Steps</h2>"),
        });

        var finding = pages.Single("broken-fragment");

        Assert.Equal(("out/index.html", 10, 38), (finding.At.File, finding.At.Line, finding.At.Column));
    }
}
