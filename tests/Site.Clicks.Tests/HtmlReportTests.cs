using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Site.Clicks.Tests.Support;
using static Site.Clicks.Tests.Support.ClicksScenario;

namespace Site.Clicks.Tests;

public sealed class HtmlReportTests : IDisposable
{
    private readonly ClicksScenario scenario = WithSpringNewsletter();
    private readonly string report;
    private readonly ClicksRun run;

    public HtmlReportTests()
    {
        scenario.AddNewsletter("summer-2024", ("lado", "<script>alert('LADO')</script> & more", "contacts", "Contacts & numbers"));
        report = scenario.Folder.File("report");
        var log = scenario.Log(
            Combined.Line("/go/spring-2024/whos-in-charge/", 0, "198.51.100.1"),
            Combined.Line("/go/spring-2024/whos-in-charge/", 600, "198.51.100.2"),
            Combined.Line("/go/spring-2024/training-dates/", 1200, "198.51.100.2"),
            Combined.Line("/go/spring-2024/whos-in-charge/", 2 * 86400, "198.51.100.3"),
            Combined.Line("/go/summer-2024/lado/", 3600, "198.51.100.4"));
        run = scenario.Count(log, "--report", report);
    }

    [Fact]
    public void The_report_has_an_index_linking_to_a_page_per_newsletter()
    {
        Assert.Equal(0, run.ExitCode);
        var index = Load("index.html");
        var links = index.QuerySelectorAll("table tbody th[scope=row] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["newsletter-spring-2024.html", "newsletter-summer-2024.html"], links);
        Assert.All(links, href => Assert.True(File.Exists(Path.Combine(report, href!))));
        var spring = index.QuerySelectorAll("table tbody tr")[0].QuerySelectorAll("td").Select(td => td.TextContent).ToList();
        Assert.Equal(["4", "3", "not given"], spring);
    }

    [Fact]
    public void Every_chart_is_an_image_with_a_text_alternative_and_a_table_of_the_same_data_beside_it()
    {
        var page = Load("newsletter-spring-2024.html");
        var charts = page.QuerySelectorAll("svg");
        Assert.Equal(3, charts.Length);
        foreach (var chart in charts)
        {
            Assert.Equal("img", chart.GetAttribute("role"));
            var ids = chart.GetAttribute("aria-labelledby")!.Split(' ');
            Assert.Equal(2, ids.Length);
            Assert.All(ids, id => Assert.False(string.IsNullOrWhiteSpace(page.GetElementById(id)?.TextContent)));
            var table = chart.Closest(".pair")!.QuerySelector("table")!;
            Assert.NotNull(table.QuerySelector("caption"));
            Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
            Assert.All(table.QuerySelectorAll("tbody tr"), tr => Assert.Equal("row", tr.QuerySelector("th")!.GetAttribute("scope")));
        }

        var linkBars = page.QuerySelector("svg[aria-labelledby^=chart-links]")!.QuerySelectorAll("rect.bar");
        var linkRows = page.QuerySelector("#links")!.NextElementSibling!.QuerySelectorAll("tbody tr");
        Assert.Equal(4, linkBars.Length);
        Assert.Equal(4, linkRows.Length);
        Assert.Contains("The most clicked was Who's in charge? with 3 clicks", page.GetElementById("chart-links-desc")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_hold_the_counts_by_section_link_and_day()
    {
        var page = Load("newsletter-spring-2024.html");

        Assert.Equal(
            ["News 3 3", "Training 1 1"],
            Rows(page, "#sections"));
        Assert.Equal(
            ["1 Who's in charge? (whos-in-charge) News 3 3", "2 Neglect toolkit (neglect-toolkit) News 0 0", "3 Training dates (training-dates) Training 1 1", "4 Book a place (book-a-place) Training 0 0"],
            Rows(page, "#links"));
        Assert.Equal(
            ["2024-03-05 3 2", "2024-03-06 0 0", "2024-03-07 1 1"],
            Rows(page, "#days"));
    }

    [Fact]
    public void Pages_are_self_contained_with_no_script_and_no_external_requests()
    {
        foreach (var file in Directory.GetFiles(report, "*.html"))
        {
            var page = Load(Path.GetFileName(file));
            Assert.Empty(page.QuerySelectorAll("script, link, img, iframe, object, embed"));
            Assert.DoesNotContain(page.All, e => e.HasAttribute("src") || e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
            Assert.All(page.QuerySelectorAll("a[href]"), a => Assert.DoesNotContain(":", a.GetAttribute("href")!, StringComparison.Ordinal));
            Assert.DoesNotContain("url(", page.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));
            Assert.Equal("noindex, nofollow", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
            Assert.StartsWith("default-src 'none'", page.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content"), StringComparison.Ordinal);
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.Single(page.QuerySelectorAll("main"));
            var ids = page.All.Where(e => e.HasAttribute("id")).Select(e => e.Id).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
        }
    }

    [Fact]
    public void Pages_parse_without_a_single_html_syntax_error()
    {
        var strict = new HtmlParser(new HtmlParserOptions { IsStrictMode = true });

        foreach (var file in Directory.GetFiles(report, "*.html"))
        {
            var page = strict.ParseDocument(File.ReadAllText(file));
            Assert.Equal("html", page.Doctype!.Name);
        }
    }

    [Fact]
    public void Link_text_is_shown_as_text_never_as_markup()
    {
        var page = Load("newsletter-summer-2024.html");

        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Contains("<script>alert('LADO')</script> & more", page.QuerySelector("#links")!.NextElementSibling!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Contacts & numbers", page.QuerySelector("#sections")!.NextElementSibling!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_index_says_what_was_left_out_and_how_counting_works()
    {
        var index = Load("index.html");

        Assert.Equal(4, index.QuerySelectorAll("#left-out + p + table tbody tr").Length);
        Assert.Contains("keyed hash", index.GetElementById("about")!.NextElementSibling!.NextElementSibling!.TextContent, StringComparison.Ordinal);
    }

    public void Dispose() => scenario.Dispose();

    private IDocument Load(string name) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(report, name)));

    private static List<string> Rows(IDocument page, string heading) =>
        page.QuerySelector(heading)!.NextElementSibling!.QuerySelectorAll("table tbody tr")
            .Select(tr => string.Join(' ', tr.Children.Select(cell => cell.TextContent.Trim())))
            .ToList();
}
