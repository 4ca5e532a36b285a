using Site.Generator.Content;
using Site.Generator.Diagnostics;

namespace Site.Tests.Content;

public sealed class FrontMatterErrorTests
{
    private static (SourceDocument? Document, IReadOnlyList<Diagnostic> Diagnostics) Read(string path, string text)
    {
        var diagnostics = new DiagnosticBag();
        var document = ContentReader.Parse(path, text, diagnostics);
        return (document, diagnostics.Sorted);
    }

    [Fact]
    public void Invalid_yaml_is_reported_at_its_line_in_the_file()
    {
        var (document, diagnostics) = Read("toolkits/neglect.md", "---\ntitle: Neglect\nsummary: [unclosed\ntopics: neglect\n---\nText\n");

        Assert.Null(document);
        var error = Assert.Single(diagnostics);
        Assert.Equal("toolkits/neglect.md", error.File);
        Assert.InRange(error.Line, 3, 5);
        Assert.Contains("YAML", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Fix);
    }

    [Fact]
    public void Unknown_type_names_the_allowed_types()
    {
        var (_, diagnostics) = Read("a.md", "---\ntitle: A\ntype: leaflet\n---\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal((3, 7), (error.Line, error.Column));
        Assert.Contains("'type' cannot be 'leaflet'", error.Message, StringComparison.Ordinal);
        Assert.Contains("learning-brief", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_fields_of_the_type_are_each_reported()
    {
        var (_, diagnostics) = Read("learning-briefs/audit.md", "---\ntitle: Audit\n---\nBody\n");

        Assert.Contains(diagnostics, d => d.Message.Contains("'date' is missing", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Message.Contains("'source' is missing", StringComparison.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal(2, d.Line));
    }

    [Fact]
    public void Impossible_dates_are_errors_with_the_expected_format()
    {
        var (_, diagnostics) = Read("newsletters/n.md", "---\ntitle: N\nedition: May\ndate: 2024-02-30\n---\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal(4, error.Line);
        Assert.Contains("not a real date", error.Message, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_front_matter_is_reported_on_line_one()
    {
        var (document, diagnostics) = Read("a.md", "---\ntitle: A\nsummary: B\n\nSome text that was meant to be the body.\n");

        Assert.Null(document);
        var error = Assert.Single(diagnostics);
        Assert.Equal(1, error.Line);
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Misspelt_fields_are_reported_with_the_real_field_names()
    {
        var (_, diagnostics) = Read("a.md", "---\ntitle: A\nsumary: B\n---\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal(3, error.Line);
        Assert.Contains("'sumary' is not a field", error.Message, StringComparison.Ordinal);
        Assert.Contains("summary", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_in_a_file_is_reported_not_just_the_first()
    {
        var (_, diagnostics) = Read("scrutiny-responses/s.md", """
            ---
            title: S
            date: 2024-13-01
            audience: [parents]
            recommendations:
              - recommendation: Do a thing
                response: We did it
                owner: Board
                status: finished
                due: 2024-03-31
            ---
            """.Replace("\r", "", StringComparison.Ordinal));

        Assert.Contains(diagnostics, d => d.Line == 3 && d.Message.Contains("date", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Line == 4 && d.Message.Contains("'parents' is not an audience", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Line == 9 && d.Message.Contains("'status' cannot be 'finished'", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Message.Contains("'scrutineer' is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Crlf_line_endings_a_bom_and_non_latin_text_are_read_correctly()
    {
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(
            "---\r\ntitle: Ymwybyddiaeth — 安全 — Ελληνικά\r\nsummary: Ŵ ŷ\r\n---\r\nBody line\r\n")).ToArray();
        var diagnostics = new DiagnosticBag();
        var text = Site.Generator.Data.SourceText.Decode(bytes, "a.md", diagnostics);
        var document = ContentReader.Parse("a.md", text!, diagnostics);

        Assert.Empty(diagnostics.Sorted);
        Assert.Equal("Ymwybyddiaeth — 安全 — Ελληνικά", document!.Meta.Title);
        Assert.Equal("Body line\n", document.Body);
        Assert.Equal(5, document.BodyFirstLine);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_reported_with_its_position()
    {
        var bytes = "---\ntitle: Caf"u8.ToArray().Concat(new byte[] { 0xE9 }).Concat("\n---\n"u8.ToArray()).ToArray();
        var diagnostics = new DiagnosticBag();

        var text = Site.Generator.Data.SourceText.Decode(bytes, "a.md", diagnostics);

        Assert.Null(text);
        var error = Assert.Single(diagnostics.Sorted);
        Assert.Equal(2, error.Line);
        Assert.Contains("not UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_folder_gives_the_type_and_front_matter_may_override_it()
    {
        var (brief, _) = Read("learning-briefs/a.md", "---\ntitle: A\ndate: 2024-01-01\nsource: rapid-review\n---\n");
        var (statement, _) = Read("yearly-reports/b.md", "---\ntitle: B\ntype: assurance-statement\ndate: 2024-06-01\nperiod: 2023/24\n---\n");
        var (page, _) = Read("about/index.md", "---\ntitle: About\n---\n");

        Assert.Equal(ContentType.LearningBrief, brief!.Type);
        Assert.Equal(ContentType.AssuranceStatement, statement!.Type);
        Assert.Equal(ContentType.Page, page!.Type);
        Assert.Equal("/about/", page.Url);
        Assert.Equal("/learning-briefs/a/", brief.Url);
    }

    [Fact]
    public void A_bare_markdown_file_takes_its_title_from_its_first_heading()
    {
        var (document, diagnostics) = Read("notes/first-steps.md", "# First steps\n\nSome text.\n");

        Assert.Empty(diagnostics);
        Assert.Equal("First steps", document!.Meta.Title);
        Assert.DoesNotContain("# First steps", document.Body, StringComparison.Ordinal);
    }
}
