using AngleSharp.Dom;
using Site.Generator.Data;
using Site.Generator.Theme;

namespace Site.Tests.Theme;

/// <summary>
/// Rules every page must keep: what a strict Content Security Policy needs (no inline style, script
/// or event handler), what WCAG asks of its structure (one main, one h1, no skipped heading levels,
/// labelled navigation, ids used once) and no request to another host.
/// </summary>
public sealed class StrictPageRulesTests
{
    public static TheoryData<string> RealPages()
    {
        var data = new TheoryData<string>();
        foreach (var page in RealSitePages.All)
        {
            data.Add(page.Url);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RealPages))]
    public void Every_page_of_the_real_site_keeps_the_strict_page_rules(string url)
    {
        var model = RealSitePages.All.First(p => p.Url == url);

        // Ids written by authors ({#id} in Markdown) are the build's checks to report, not the theme's.
        Assert.Empty(Problems(ThemeSite.Render(model), authorIds: false));
    }

    [Fact]
    public void Every_kind_of_page_keeps_the_strict_page_rules_with_every_data_block()
    {
        var site = new ThemeSite()
            .With(ThemeData.Settings)
            .With(new SiteData
            {
                Contacts = ThemeData.Contacts,
                Glossary = [new GlossaryEntry("MASH", "Multi-Agency Safeguarding Hub", "Where concerns go first.")],
                Structure = [new StructureGroup("Executive", "Decides.", null, [new StructureGroup("Audit", "Audits.", null, [])])],
                TrainingGuide = [new TrainingRole("Teachers", null, ["1"])],
                Charts = new Dictionary<string, Chart> { ["c"] = new("c", "Chart", null, null, [new ChartValue("A", 1)]) },
            })
            .With("index.md", "---\ntitle: Home\n---\n\n{{< listing learning-briefs >}}\n")
            .With("learning-briefs/brief.md", "---\ntitle: Brief\ndate: 2024-01-01\nsource: other\n---\n\n## A\n\n{{< contacts >}}\n\n{{< glossary >}}\n\n{{< structure >}}\n\n{{< training-guide >}}\n\n{{< chart c >}}\n")
            .With("training/one.md", "---\ntitle: Course one\ncode: \"1\"\n---\n");
        var context = site.Context();

        AssertStrictRules(ThemeSite.Render(site.Page("/", PageKind.Home)));
        AssertStrictRules(ThemeSite.Render(site.Page("/learning-briefs/brief/")));
        AssertStrictRules(ThemeSite.Render(site.GeneratedPage("/search/", PageKind.Search, "Search")));
        AssertStrictRules(ThemeSite.Render(site.GeneratedPage("/404.html", PageKind.NotFound, "Page not found")));
        AssertStrictRules(ThemeSite.Render(site.GeneratedPage("/learning-briefs/", PageKind.Listing, "Learning briefs")
            with { Listing = new Listing(context.InSection("learning-briefs"), new Pagination(1, ["/learning-briefs/", "/learning-briefs/page/2/"]), null) }));
    }

    [Fact]
    public void The_rules_catch_an_inline_style_an_event_handler_and_an_inline_script()
    {
        var site = new ThemeSite().With("page.md", "---\ntitle: Page\n---\n\n<p style=\"color:red\" onclick=\"x()\">Hi</p>\n\n<script>alert(1)</script>\n");

        var problems = Problems(ThemeSite.Render(site.Page("/page/")));

        Assert.Contains(problems, p => p.Contains("style attribute", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("onclick", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("inline script", StringComparison.Ordinal));
    }

    private static void AssertStrictRules(IDocument page) => Assert.Empty(Problems(page, authorIds: true));

    private static List<string> Problems(IDocument page, bool authorIds = true)
    {
        var problems = new List<string>();
        foreach (var element in page.All)
        {
            if (element.HasAttribute("style"))
            {
                problems.Add($"<{element.LocalName}> has a style attribute");
            }

            problems.AddRange(element.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Select(a => $"<{element.LocalName}> has {a.Name}"));
        }

        foreach (var script in page.QuerySelectorAll("script"))
        {
            if (!script.HasAttribute("src") || script.TextContent.Trim().Length > 0)
            {
                problems.Add("an inline script");
            }

            if (script.GetAttribute("type") is { } type)
            {
                problems.Add($"a script of type {type}");
            }
        }

        foreach (var resource in page.QuerySelectorAll("link[href], script[src], img[src]"))
        {
            var address = resource.GetAttribute("href") ?? resource.GetAttribute("src")!;
            if (!address.StartsWith('/') && resource.GetAttribute("rel") != "canonical")
            {
                problems.Add($"<{resource.LocalName}> loads {address} from elsewhere");
            }
        }

        if (page.QuerySelectorAll("main").Length != 1)
        {
            problems.Add("not exactly one main");
        }

        if (page.QuerySelectorAll("h1").Length != 1)
        {
            problems.Add("not exactly one h1");
        }

        problems.AddRange(page.QuerySelectorAll("nav").Where(n => string.IsNullOrWhiteSpace(n.GetAttribute("aria-label"))).Select(_ => "an unlabelled nav"));
        problems.AddRange(page.QuerySelectorAll("[id]").Where(e => authorIds || e.Closest(".app-prose") is null).GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => $"id {g.Key} used {g.Count()} times"));

        var previous = 0;
        foreach (var heading in page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Where(h => h.Closest("[aria-hidden=true]") is null))
        {
            var level = heading.LocalName[1] - '0';
            if (previous > 0 && level > previous + 1)
            {
                problems.Add($"heading '{heading.TextContent.Trim()}' skips from h{previous} to h{level}");
            }

            previous = level;
        }

        return problems;
    }
}
