using Site.Generator.Diagnostics;
using static Site.Tests.Checks.CheckedSite;

namespace Site.Tests.Checks;

/// <summary>Accessibility rules on content written in Markdown (and raw HTML inside it).</summary>
public sealed class AccessibilityRuleTests
{
    [Fact]
    public void An_image_without_alt_text_fails_at_its_line_and_decorative_images_pass()
    {
        using var site = With("a.md", Page("A",
            "![](/files/line.png)\n\n<img src=\"/files/border.png\" role=\"presentation\">\n\n![A chart of referrals](/files/chart.png)\n\n<img src=\"/files/logo.png\">\n"),
            ("files/line.png", "x"), ("files/border.png", "x"), ("files/chart.png", "x"), ("files/logo.png", "x"));

        var finding = site.Single("image-alt");

        Assert.Equal(("a.md", 11, 1, Severity.Error), (finding.File, finding.Line, finding.Column, finding.Severity));
        Assert.Contains("/files/logo.png", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_without_text_fails_at_its_position()
    {
        using var site = With("a.md", Page("A", "Go to [](/b/) now, or [B](/b/).\n"), ("b.md", Page("B", "Text.\n")));

        var finding = site.Single("link-name");

        Assert.Equal(("a.md", 5, 7), (finding.File, finding.Line, finding.Column));
    }

    [Fact]
    public void A_button_without_text_fails_and_one_with_a_label_passes()
    {
        using var site = With("a.md", Page("A", "<button type=\"button\"></button>\n\n<button type=\"button\" aria-label=\"Close\"></button>\n"));

        var finding = site.Single("button-name");

        Assert.Equal(("a.md", 5, 1), (finding.File, finding.Line, finding.Column));
    }

    [Theory]
    [InlineData("[Click here](/b/)")]
    [InlineData("[read more](/b/)")]
    [InlineData("[Here](/b/).")]
    [InlineData("[more](/b/)")]
    [InlineData("[this link](/b/)")]
    [InlineData("<https://example.org/guidance/neglect>")]
    public void Vague_link_text_is_a_warning_at_the_link(string link)
    {
        using var site = With("a.md", Page("A", $"Neglect.\n\nFor the guide {link}\n"), ("b.md", Page("B", "Text.\n")));

        var finding = site.Single("vague-link-text");

        Assert.Equal(("a.md", 7, Severity.Warning), (finding.File, finding.Line, finding.Severity));
    }

    [Fact]
    public void Link_text_that_says_where_it_goes_passes_and_the_site_can_make_vague_text_an_error()
    {
        using var good = With("a.md", Page("A", "Read [our neglect toolkit](/b/) and [here is why (PDF, 2 KB)](/b/).\n"), ("b.md", Page("B", "Text.\n")));
        using var strict = new CheckedSite(
            new Dictionary<string, string> { ["a.md"] = Page("A", "[Read more](/b/)\n"), ["b.md"] = Page("B", "Text.\n") },
            Settings + "checks:\n  rules:\n    vague-link-text: error\n");

        good.None("vague-link-text");
        Assert.Equal(Severity.Error, strict.Single("vague-link-text").Severity);
        Assert.False(strict.Result.Succeeded);
    }

    [Fact]
    public void A_skipped_heading_level_fails_at_the_heading_that_skips()
    {
        using var site = With("a.md", Page("A", "## Why it matters\n\nText.\n\n#### What we found\n\nText.\n"));

        var finding = site.Single("heading-order");

        Assert.Equal(("a.md", 9, 1), (finding.File, finding.Line, finding.Column));
        Assert.Contains("level 3", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_that_go_down_one_level_at_a_time_and_back_up_pass()
    {
        using var site = With("a.md", Page("A", "## One\n\n### One point one\n\n#### Detail\n\n## Two\n"));

        site.None("heading-order");
    }

    [Fact]
    public void A_second_level_one_heading_in_the_text_fails_at_its_line()
    {
        using var site = With("a.md", Page("A", "Intro.\n\n# Another title\n\nText.\n"));

        var finding = site.Single("page-has-heading-one");

        Assert.Equal(("a.md", 7, 1), (finding.File, finding.Line, finding.Column));
    }

    [Fact]
    public void An_empty_heading_fails_at_its_line()
    {
        using var site = With("a.md", Page("A", "## Steps\n\nText.\n\n##\n\nMore.\n"));

        var finding = site.Single("empty-heading");

        Assert.Equal(("a.md", 9, 1), (finding.File, finding.Line, finding.Column));
    }

    [Fact]
    public void Every_element_sharing_an_id_is_reported_including_an_id_made_from_a_headings_text()
    {
        using var site = With("a.md", Page("A", "## Steps {#steps}\n\n## Steps\n\n## Contacts {#steps}\n\n## Other\n\n## Other\n"));

        var findings = site.Findings("duplicate-id");

        Assert.Equal([5, 7, 9], findings.Select(f => f.Line));
        Assert.All(findings, f => Assert.Contains("'steps'", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_markdown_table_passes_the_table_rules()
    {
        using var site = With("a.md", Page("A", "| Agency | Referrals |\n| --- | --- |\n| Police | 120 |\n| Schools | 98 |\n"));

        site.None("table-headers");
        site.None("th-has-data-cells");
        site.None("scope-attr-valid");
    }

    [Fact]
    public void A_data_table_without_headers_and_a_row_header_without_scope_fail()
    {
        using var site = With("a.md", Page("A",
            "<table>\n<tr><td>Police</td><td>120</td></tr>\n</table>\n\n" +
            "<table>\n<thead><tr><th>Agency</th><th>Referrals</th></tr></thead>\n<tbody>\n<tr><th>Police</th><td>120</td></tr>\n</tbody>\n</table>\n\n" +
            "<table role=\"presentation\">\n<tr><td>Layout</td></tr>\n</table>\n"));

        var findings = site.Findings("table-headers");

        Assert.Equal([("a.md", 5), ("a.md", 12)], findings.Select(f => (f.File, f.Line)));
    }

    [Fact]
    public void Headers_over_no_data_fail_at_the_table_and_row_headers_under_a_column_header_pass()
    {
        using var site = With("a.md", Page("A",
            "| Agency | Referrals |\n| --- | --- |\n\n" +
            "<table>\n<thead><tr><th scope=\"col\">Category</th><th scope=\"col\">Number</th></tr></thead>\n<tbody><tr><th scope=\"row\">Police</th><td>3</td></tr></tbody>\n</table>\n"));

        var finding = site.Single("th-has-data-cells");

        Assert.Equal(("a.md", 5), (finding.File, finding.Line));
        Assert.Contains("\"Agency\", \"Referrals\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scope_on_a_data_cell_or_with_an_unknown_value_fails()
    {
        using var site = With("a.md", Page("A",
            "<table>\n<thead><tr><th scope=\"column\">A</th><th scope=\"col\">B</th></tr></thead>\n<tbody><tr><td scope=\"row\">1</td><td>2</td></tr></tbody>\n</table>\n"));

        var findings = site.Findings("scope-attr-valid");

        Assert.Equal([6, 7], findings.Select(f => f.Line));
    }

    [Fact]
    public void A_form_field_without_a_label_fails_and_labelled_ones_pass()
    {
        using var site = With("a.md", Page("A",
            "<form action=\"/search/\">\n<label for=\"q\">Search</label>\n<input id=\"q\" name=\"q\">\n<label>Your name <input name=\"n\"></label>\n<input name=\"postcode\">\n<input type=\"submit\" value=\"Go\">\n</form>\n"));

        var finding = site.Single("label");

        Assert.Equal(("a.md", 9), (finding.File, finding.Line));
    }

    [Fact]
    public void A_frame_without_a_title_fails_and_one_with_a_title_passes()
    {
        using var site = With("a.md", Page("A",
            "<iframe src=\"https://www.youtube-nocookie.com/embed/abc\"></iframe>\n\n<iframe src=\"https://www.youtube-nocookie.com/embed/def\" title=\"Video: calling the front door\"></iframe>\n"));

        var finding = site.Single("frame-title");

        Assert.Equal(("a.md", 5), (finding.File, finding.Line));
    }

    [Fact]
    public void A_list_holding_something_other_than_items_fails_at_the_list_and_a_stray_item_fails_at_the_item()
    {
        using var site = With("a.md", Page("A", "- One\n- Two\n\n<ul>\n<li>Three</li>\n<p>Four</p>\n</ul>\n\n<div>\n<li>Five</li>\n</div>\n"));

        Assert.Equal(("a.md", 8), (site.Single("list").File, site.Single("list").Line));
        Assert.Equal(("a.md", 14), (site.Single("listitem").File, site.Single("listitem").Line));
    }

    [Fact]
    public void A_rule_turned_off_in_the_settings_does_not_run_and_an_unknown_rule_is_a_warning()
    {
        using var site = new CheckedSite(
            new Dictionary<string, string> { ["a.md"] = Page("A", "<img src=\"/files/logo.png\">\n"), ["files/logo.png"] = "x" },
            Settings + "checks:\n  rules:\n    image-alt: off\n    imag-alt: warning\n");

        site.None("image-alt");
        var unknown = site.Single("check-settings");
        Assert.Equal(("site.yml", Severity.Warning), (unknown.File, unknown.Severity));
        Assert.Contains("imag-alt", unknown.Message, StringComparison.Ordinal);
    }
}
