using Site.Generator.Diagnostics;
using Site.Tests.Support;

namespace Site.Tests.Build;

public sealed class SiteBuildTests
{
    private const string Settings = "name: Test Partnership\nbase-url: https://test.example.org\n";

    [Fact]
    public void A_bare_folder_of_markdown_builds_with_defaults()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["first.md"] = "# First page\n\nHello.\n",
            ["guides/second.md"] = "Just text, no heading.\n",
        });

        var result = site.Build();

        BuildAssertions.Succeeded(result);
        Assert.Equal("First page", site.Page("first/index.html").QuerySelector("h1")!.TextContent.Trim());
        Assert.True(site.Exists("guides/second/index.html"));
        Assert.True(site.Exists("guides/index.html"));
        Assert.True(site.Exists("index.html"));
        Assert.True(site.Exists("404.html"));
        Assert.True(site.Exists("sitemap.xml"));
        Assert.True(site.Exists("robots.txt"));
        Assert.True(site.Exists("search/lunr-index.json"));
        Assert.True(site.Exists("search/documents.json"));
    }

    [Fact]
    public void A_failed_build_leaves_the_last_good_output_exactly_as_it_was()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["site.yml"] = Settings, ["a.md"] = "---\ntitle: A\n---\nFirst.\n" });
        BuildAssertions.Succeeded(site.Build());
        var before = Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, File.ReadAllBytes);

        site.Write("a.md", "---\ntitle: A\ndate: not-a-date\n---\nChanged.\n");
        var result = site.Build();

        Assert.False(result.Succeeded);
        var after = Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories);
        Assert.Equal(before.Keys.Order(), after.Order());
        Assert.All(after, f => Assert.Equal(before[f], File.ReadAllBytes(f)));
        Assert.Empty(StagingFolders(site));
    }

    [Fact]
    public void A_build_that_fails_in_its_last_checks_publishes_nothing_and_leaves_no_staged_files()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["site.yml"] = Settings, ["a.md"] = "---\ntitle: A\n---\nFirst.\n" });
        BuildAssertions.Succeeded(site.Build());
        var before = Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

        // Every page is made and staged before the link checks find this.
        site.Write("a.md", "---\ntitle: A\n---\nSee [the missing page](/nowhere/).\n");
        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Rule == "broken-link");
        Assert.All(Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories), f => Assert.Equal(before[f], File.ReadAllBytes(f)));
        Assert.Empty(StagingFolders(site));
    }

    [Fact]
    public void A_file_where_the_site_publishes_a_page_or_feed_is_an_error_naming_both()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["site.yml"] = Settings,
            ["about.md"] = "---\ntitle: About\n---\nWords.\n",
            ["about/index.html"] = "<p>An old copy.</p>\n",
            ["sitemap.xml"] = "<urlset/>\n",
        });

        var result = site.Build();

        Assert.False(result.Succeeded);
        var page = Assert.Single(result.Diagnostics, d => d.File == "about/index.html");
        Assert.Equal(Severity.Error, page.Severity);
        Assert.Contains("the page made from about.md", page.Message, StringComparison.Ordinal);
        var sitemap = Assert.Single(result.Diagnostics, d => d.File == "sitemap.xml");
        Assert.Contains("a file the site makes itself", sitemap.Message, StringComparison.Ordinal);
        Assert.Empty(StagingFolders(site));
    }

    private static string[] StagingFolders(TestSite site) =>
        Directory.GetDirectories(Path.GetDirectoryName(Path.GetFullPath(site.Output))!, "." + Path.GetFileName(site.Output) + ".*");

    [Fact]
    public void Drafts_and_future_items_are_left_out_unless_drafts_are_asked_for()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["site.yml"] = Settings,
            ["newsletters/old.md"] = "---\ntitle: Old\nedition: May 2024\ndate: 2024-05-01\n---\nText.\n",
            ["newsletters/next.md"] = "---\ntitle: Next\nedition: Next year\ndate: 2027-01-01\n---\nText.\n",
            ["newsletters/wip.md"] = "---\ntitle: Work in progress\nedition: Draft\ndate: 2024-06-01\ndraft: true\n---\nText.\n",
        });

        BuildAssertions.Succeeded(site.Build());
        Assert.True(site.Exists("newsletters/old/index.html"));
        Assert.False(site.Exists("newsletters/next/index.html"));
        Assert.False(site.Exists("newsletters/wip/index.html"));
        Assert.DoesNotContain("Work in progress", site.Read("search/documents.json"), StringComparison.Ordinal);

        BuildAssertions.Succeeded(site.Build(drafts: true));
        Assert.True(site.Exists("newsletters/next/index.html"));
        Assert.True(site.Exists("newsletters/wip/index.html"));
    }

    [Fact]
    public void A_link_that_leaves_the_site_root_is_an_error_at_its_position()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["guides/a.md"] = "---\ntitle: A\n---\n\nSee [the secrets](../../../etc/passwd) now.\n",
        });

        var error = BuildAssertions.SingleError(site.Build(), "leaves the site's root");

        Assert.Equal(("guides/a.md", 5, 5), (error.File, error.Line, error.Column));
    }

    [Fact]
    public void A_file_where_the_site_publishes_a_page_or_its_sitemap_is_an_error_naming_what_is_there()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["about.md"] = "---\ntitle: About\nsummary: Who we are.\n---\nText.\n",
            ["about/index.html"] = "<p>An old copy of the page.</p>\n",
            ["sitemap.xml"] = "<urlset></urlset>\n",
        });

        var result = site.Build();

        var page = BuildAssertions.SingleError(result, "/about/index.html");
        Assert.Equal("about/index.html", page.File);
        Assert.Contains("the page made from about.md", page.Message, StringComparison.Ordinal);
        var sitemap = BuildAssertions.SingleError(result, "/sitemap.xml");
        Assert.Equal("sitemap.xml", sitemap.File);
        Assert.Contains("a file the site makes itself", sitemap.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Friendly_and_full_versions_link_to_each_other()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["site.yml"] = Settings,
            ["arrangements/index.md"] = "---\ntitle: Our arrangements\n---\nFull text.\n",
            ["arrangements/for-families.md"] = "---\ntitle: Our arrangements for families\nfriendly-version-of: arrangements/index.md\n---\nShort text.\n",
        });

        BuildAssertions.Succeeded(site.Build());

        var full = site.Page("arrangements/index.html");
        var friendly = site.Page("arrangements/for-families/index.html");
        Assert.Contains(full.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/arrangements/for-families/");
        Assert.Contains(friendly.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/arrangements/");
    }

    [Fact]
    public void A_friendly_version_of_a_missing_file_is_an_error_on_its_field()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["easy.md"] = "---\ntitle: Easy read\nfriendly-version-of: arrangements/index.md\n---\nText.\n",
        });

        var error = BuildAssertions.SingleError(site.Build(), "not a file under content/");

        Assert.Equal(("easy.md", 3), (error.File, error.Line));
    }

    [Fact]
    public void Two_files_at_the_same_address_are_an_error()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["about.md"] = "---\ntitle: About\n---\n",
            ["about/index.md"] = "---\ntitle: About too\n---\n",
        });

        var error = BuildAssertions.SingleError(site.Build(), "the same address");

        Assert.Equal("about/index.md", error.File);
    }

    [Fact]
    public void Section_listings_are_newest_first_and_paginated_with_a_feed()
    {
        var files = new Dictionary<string, string>
        {
            ["site.yml"] = Settings,
            ["learning-briefs/_index.md"] = "---\ntitle: Learning briefs\n---\nWhat we learned.\n",
        };
        for (var i = 1; i <= 14; i++)
        {
            files[$"learning-briefs/brief-{i:00}.md"] = $"---\ntitle: Brief {i}\ndate: 2024-01-{i:00}\nsource: multi-agency-audit\n---\nText.\n";
        }

        using var site = new TestSite(files);
        BuildAssertions.Succeeded(site.Build());

        var first = site.Page("learning-briefs/index.html");
        var links = first.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.True(links.IndexOf("/learning-briefs/brief-14/") < links.IndexOf("/learning-briefs/brief-03/"));
        Assert.DoesNotContain("/learning-briefs/brief-02/", links);
        Assert.Contains("/learning-briefs/page/2/", links);
        Assert.Contains("/learning-briefs/brief-01/", site.Page("learning-briefs/page/2/index.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
        var feed = System.Xml.Linq.XDocument.Parse(site.Read("learning-briefs/feed.xml"));
        Assert.Equal(14, feed.Root!.Elements().Count(e => e.Name.LocalName == "entry"));
    }

    [Fact]
    public void Topic_pages_and_audience_hubs_gather_what_is_tagged()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["site.yml"] = Settings,
            ["topics/neglect.md"] = "---\ntitle: Neglect\n---\nAbout neglect.\n",
            ["hubs/families.md"] = "---\ntitle: For families\naudience: families\n---\nFor you.\n",
            ["toolkits/neglect.md"] = "---\ntitle: Neglect toolkit\ntopics: [neglect]\naudience: [practitioners]\n---\nTools.\n",
            ["help.md"] = "---\ntitle: Getting help\naudience: [families]\n---\nCall us.\n",
        });

        BuildAssertions.Succeeded(site.Build());

        Assert.Contains(site.Page("topics/neglect/index.html").QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/toolkits/neglect/");
        var hub = site.Page("families/index.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/help/", hub);
        Assert.DoesNotContain("/toolkits/neglect/", hub);
    }

    [Fact]
    public void An_unknown_topic_is_an_error_when_the_site_has_topic_pages()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["topics/neglect.md"] = "---\ntitle: Neglect\n---\n",
            ["a.md"] = "---\ntitle: A\ntopics: [neglet]\n---\n",
        });

        var error = BuildAssertions.SingleError(site.Build(), "no topic called 'neglet'");

        Assert.Equal(("a.md", 3), (error.File, error.Line));
        Assert.Contains("neglect", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_data_block_is_an_error_at_its_line()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["a.md"] = "---\ntitle: A\n---\nIntro.\n\n{{< contact >}}\n" });

        var error = BuildAssertions.SingleError(site.Build(), "no data block called 'contact'");

        Assert.Equal(6, error.Line);
    }

    [Fact]
    public void The_build_refuses_to_write_inside_the_content_folder()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["a.md"] = "# A\n" });
        var result = new Site.Generator.Build.SiteBuilder(new Site.Generator.Build.BuildOptions
        {
            ContentDirectory = site.Content,
            OutputDirectory = Path.Combine(site.Content, "out"),
            Today = TestSite.Today,
        }).Build();

        Assert.False(result.Succeeded);
        Assert.Contains("overlap", result.Diagnostics.Single().Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Content, "out")));
    }

    [Fact]
    public void Assets_are_fingerprinted_and_downloads_are_copied()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["a.md"] = "---\ntitle: A\n---\n[Our plan](/files/plan.pdf)\n" });
        site.WriteBytes("files/plan.pdf", new byte[1536]);

        BuildAssertions.Succeeded(site.Build());

        var page = site.Page("a/index.html");
        var stylesheet = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Matches(@"^/assets/site\.[0-9a-f]{10}\.css$", stylesheet);
        Assert.True(site.Exists(stylesheet.TrimStart('/')));
        Assert.True(site.Exists("files/plan.pdf"));
        Assert.Equal("Our plan (PDF, 2 KB)", page.QuerySelector("main a[href='/files/plan.pdf']")!.TextContent);
    }
}
