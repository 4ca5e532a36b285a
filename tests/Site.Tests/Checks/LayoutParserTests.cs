using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using Site.Generator.Checks;
using Site.Generator.Checks.Html;
using Site.Tests.DefaultSite;

namespace Site.Tests.Checks;

/// <summary>
/// A build parses the layout around each page's main once per distinct layout; the checks must see
/// exactly what a parse of the whole page gives them, on real pages and on content that breaks out
/// of main.
/// </summary>
public sealed class LayoutParserTests(DefaultSiteFixture site) : IClassFixture<DefaultSiteFixture>
{
    [Fact]
    public void Every_page_of_the_default_site_is_indexed_as_a_whole_parse_indexes_it()
    {
        var parser = new HtmlParser();
        var layouts = new LayoutParser(parser);
        var links = new LinkClassifier();
        var pages = 0;
        foreach (var file in site.HtmlFiles)
        {
            var html = File.ReadAllText(file);
            var url = "/" + Path.GetRelativePath(site.Output, Path.GetDirectoryName(file)!).Replace('\\', '/').TrimEnd('.') + "/";
            var (document, index) = layouts.Parse(html, url, links);

            // Parsed apart: the document holds the page's head and main, not the layout around them.
            Assert.Null(document.QuerySelector("footer"));
            Assert.NotNull(document.QuerySelector("main"));
            Assert.Equal(Describe(PageIndexer.Index(parser.ParseDocument(html), url, links)), Describe(index));
            pages++;
        }

        Assert.True(pages > 40, $"Only {pages} pages were compared.");
    }

    [Theory]
    [InlineData("<h2 id=\"main-content\">An id the layout already uses</h2><p>Text.</p>")]
    [InlineData("<h4>A heading that skips levels</h4><a href=\"#worried\">To the panel</a><label for=\"search-q\">Search</label>")]
    [InlineData("<p>Closes main early</p></main><p>and goes on</p>")]
    [InlineData("<p>Closes the container</p></div></div><h2>Outside</h2>")]
    [InlineData("<MAIN><h2>A second main</h2></MAIN>")]
    [InlineData("<main><p>Another main</p></main>")]
    [InlineData("<div><p>An unclosed div")]
    [InlineData("<table><tr><td>An unclosed table")]
    [InlineData("<form action=\"/search/\"><p>An unclosed form")]
    [InlineData("<p><b>Unclosed bold <i>and italic")]
    [InlineData("<template><p>An unclosed template")]
    [InlineData("<select><option>An unclosed select")]
    [InlineData("<svg><g><text>Unclosed SVG")]
    [InlineData("<body class=\"other\"><p>A second body tag")]
    public void Content_that_breaks_the_layout_is_indexed_and_checked_as_a_whole_parse_is(string content)
    {
        var file = site.HtmlFiles.First(f => f.EndsWith(Path.Combine("about", "index.html"), StringComparison.Ordinal));
        var real = File.ReadAllText(file);
        var start = real.IndexOf('>', real.IndexOf("<main", StringComparison.Ordinal)) + 1;
        var end = real.IndexOf("</main>", StringComparison.Ordinal);
        var html = real[..start] + content + real[end..];

        var parser = new HtmlParser();
        var layouts = new LayoutParser(parser);
        var links = new LinkClassifier();
        layouts.Parse(real, "/about/", links);
        var (apart, index) = layouts.Parse(html, "/about/", links);
        var whole = parser.ParseDocument(html);

        Assert.Equal(Describe(PageIndexer.Index(whole, "/about/", links)), Describe(index));
        Assert.Equal(Findings(whole, null), Findings(apart, index));
    }

    [Theory]
    [InlineData("<p>Plain <b>bold</b>, <br>a break, <mark>marked</mark> and a <a href=\"/main/\">link</a></p>", false)]
    [InlineData("<p>If 3 < main and the body < html, no tag</p>", false)]
    [InlineData("<p>A tag cut short: <ma</p><p>last <", false)]
    [InlineData("<p>Dotless i: <ma\u0131n></p>", false)]
    [InlineData("<MAIN>", true)]
    [InlineData("<mAiN class=\"x\">", true)]
    [InlineData("<p>Early</p></Main>", true)]
    [InlineData("<HTML lang=\"en\">", true)]
    [InlineData("<bOdY>", true)]
    [InlineData("<mainly>", true)]
    public void Text_that_may_hold_an_html_body_or_main_tag_in_any_ASCII_case_sends_a_page_to_a_whole_parse(string content, bool found)
    {
        Assert.Equal(found, LayoutParser.HasLayoutTag(content));
    }

    private static string Findings(IDocument document, PageIndex? index)
    {
        var checks = new SiteChecks(new CheckSite
        {
            OutputPaths = new HashSet<string>(StringComparer.Ordinal) { "about/index.html", "index.html" },
            Today = new DateOnly(2026, 11, 23),
        });
        var page = new CheckedPage("/about/", "about/index.html", document, null, []);
        if (index is null)
        {
            checks.Check(page);
        }
        else
        {
            checks.Check(page, index);
        }

        return string.Join('\n', checks.Finish().Findings.Select(f => $"{f.Rule} {f.Message} {Describe(f.Element)}").Order(StringComparer.Ordinal));
    }

    /// <summary>Every list and map of the index, each element by its ancestors, start tag and text.</summary>
    private static string Describe(PageIndex index)
    {
        var text = new StringBuilder();
        void Elements(string name, IEnumerable<IElement> elements)
        {
            text.Append('[').Append(name).Append("]\n");
            foreach (var element in elements)
            {
                text.Append(Describe(element)).Append('\n');
            }
        }

        Elements("root", [index.Root]);
        Elements("title", index.Title is null ? [] : [index.Title]);
        Elements("prose", index.Prose is null ? [] : [index.Prose]);
        foreach (var link in index.Links)
        {
            text.Append($"link {link.Attribute} {link.Value} {link.Kind} {link.SitePath} {link.Fragment} {Describe(link.Element)}\n");
        }

        Elements("images", index.Images);
        Elements("buttons", index.Buttons);
        Elements("headings", index.Headings);
        Elements("tables", index.Tables);
        Elements("lists", index.Lists);
        Elements("items", index.ListItems);
        Elements("metas", index.Metas);
        Elements("frames", index.Frames);
        Elements("fields", index.FormFields);
        Elements("mains", index.Mains);
        Elements("scripts", index.Scripts);
        Elements("scopes", index.TableCellsWithScope);
        Elements("handlers", index.EventHandlers.Select(h => h.Element));
        foreach (var (id, elements) in index.ById.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Elements("id " + id, elements);
        }

        foreach (var (id, elements) in index.LabelsFor.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Elements("label " + id, elements);
        }

        text.Append(string.Join(' ', index.FragmentTargets.Order(StringComparer.Ordinal)));
        return text.ToString();
    }

    private static string Describe(IElement? element)
    {
        if (element is null)
        {
            return "none";
        }

        var ancestors = new List<string>();
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            ancestors.Add(HtmlMarkupFormatter.Instance.OpenTag(e, false));
        }

        ancestors.Reverse();
        // Its own text, not its descendants': the layout's elements around main hold no page text.
        var own = string.Concat(element.ChildNodes.OfType<IText>().Select(t => t.Data));
        return $"{string.Join("", ancestors)} {HtmlMarkupFormatter.Instance.OpenTag(element, false)} {own} {element.ChildElementCount}";
    }
}
