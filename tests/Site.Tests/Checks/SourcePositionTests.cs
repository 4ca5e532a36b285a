using System.Text;
using Markdig;
using Site.Generator.Markdown;
using Site.Generator.Markdown.SourcePositions;
using Site.Tests.Support;
using static Site.Tests.Checks.CheckedSite;

namespace Site.Tests.Checks;

public sealed class SourcePositionTests
{
    [Fact]
    public void Published_pages_carry_no_source_positions()
    {
        using var site = With("a.md", Page("A", "## Part\n\n- One\n- [Two](/a/)\n\n<div class=\"box\">\n<p>Raw</p>\n</div>\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n"));

        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics));
        foreach (var file in Directory.GetFiles(site.Files.Output, "*.html", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(SourcePositionAttribute.Name, File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Stripped_pages_keep_text_outside_ascii_byte_for_byte()
    {
        var html = "<h2 data-source=\"1:0\">Children’s voices</h2><p data-source=\"3:0\">Ysgol 🏫 école</p>";

        Assert.Equal(Encoding.UTF8.GetBytes("<h2>Children’s voices</h2><p>Ysgol 🏫 école</p>"), SourcePositionAttribute.StripToUtf8(html));
    }

    [Fact]
    public void Strip_removes_exactly_the_attributes_the_build_writes()
    {
        // Text that mentions the attribute is escaped (&quot;), and other values are not the build's.
        var html = "<p data-source=\"3:0\">Write data-source=&quot;1:2&quot; in <code title=\"x\" data-source=\"x\">x</code></p><img data-source=\"12:4\" src=\"a.png\">";

        Assert.Equal("<p>Write data-source=&quot;1:2&quot; in <code title=\"x\" data-source=\"x\">x</code></p><img src=\"a.png\">", Encoding.UTF8.GetString(SourcePositionAttribute.StripToUtf8(html)));
    }

    [Fact]
    public void Marked_markdown_renders_each_block_link_and_raw_tag_with_its_body_line_and_column()
    {
        var pipeline = SiteMarkdown.Build(_ => null);
        var body = new BodyRenderer(pipeline);
        var markdown = "Intro [link](/a/).\n\n<div>\n  <img src=\"x.png\" alt=\"\">\n</div>\n\nText <abbr title=\"Hub\">MASH</abbr>.\n";

        var html = string.Concat(body.Render(SourcePositionMarker.Mark(body.Parse(markdown)), "a.md", 1).Segments.OfType<HtmlSegment>().Select(s => s.Html));

        Assert.Contains("<p data-source=\"0:0\">Intro <a href=\"/a/\" data-source=\"0:6\">link</a>", html, StringComparison.Ordinal);
        Assert.Contains("<div data-source=\"2:0\">", html, StringComparison.Ordinal);
        Assert.Contains("<img data-source=\"3:2\" src=\"x.png\"", html, StringComparison.Ordinal);
        Assert.Contains("<abbr data-source=\"6:5\" title=\"Hub\">", html, StringComparison.Ordinal);
        Assert.Equal(Markdig.Markdown.ToHtml(markdown, pipeline).Replace("\r", "", StringComparison.Ordinal), Encoding.UTF8.GetString(SourcePositionAttribute.StripToUtf8(html)));
    }

    [Fact]
    public void A_problem_in_a_data_blocks_html_points_at_the_blocks_line()
    {
        // Two terms that differ only in case get the same anchor in the glossary block.
        using var site = new CheckedSite(new Dictionary<string, string>
        {
            ["glossary.md"] = Page("Glossary", "Words we use.\n\n{{< glossary >}}\n\nAsk us about any other word.\n"),
            ["data/glossary.yml"] = "- term: MASH\n  meaning: The front door.\n- term: Mash\n  meaning: Food.\n",
        });

        var finding = site.Single("duplicate-id");

        Assert.Equal(("glossary.md", 7, 1), (finding.File, finding.Line, finding.Column));
        Assert.Contains("'term-mash' is used by 2 elements", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_in_the_chrome_points_at_its_template_once_for_all_pages()
    {
        using var site = new CheckedSite(
            new Dictionary<string, string> { ["a.md"] = Page("A", "Text.\n"), ["b.md"] = Page("B", "Text.\n") },
            Settings + "navigation:\n  - { title: Training, url: /training/ }\n");

        var finding = site.Single("broken-link");

        Assert.EndsWith("Theme/Layout/ServiceNavigation.razor", finding.File, StringComparison.Ordinal);
        Assert.True(finding.Line > 0);
        Assert.Contains("/training/", finding.Message, StringComparison.Ordinal);
        Assert.Contains("pages, such as", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_with_fixed_text_in_the_chrome_points_at_the_template_line_that_holds_the_text()
    {
        // The layout links to /report-a-concern/, which this site does not have.
        using var site = new CheckedSite(new Dictionary<string, string>
        {
            ["a.md"] = Page("A", "Text.\n"),
            ["data/contacts.yml"] = "contacts:\n  - id: mash\n    name: Front door\n    phone: 0121 788 4300\n",
        }, withReportAConcern: false);

        var finding = site.Findings("broken-link").Single(f => f.File.EndsWith("WorriedAboutAChild.razor", StringComparison.Ordinal));

        var line = File.ReadAllLines(Path.Combine(Repository.Root, finding.File))[finding.Line - 1];
        Assert.Contains("How to report a concern about a child", line, StringComparison.Ordinal);
    }
}
