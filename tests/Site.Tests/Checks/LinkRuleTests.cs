using Site.Generator.Diagnostics;
using static Site.Tests.Checks.CheckedSite;

namespace Site.Tests.Checks;

public sealed class LinkRuleTests
{
    private static readonly (string, string) Target = ("guides/b.md", Page("B", "## Who to call\n\nText.\n"));

    // A 2 KB download: the build states its size from the file, whatever is in it.
    private static readonly (string, string) Download = ("files/plan.pdf", new string('x', 2048));

    [Fact]
    public void A_link_to_a_page_that_does_not_exist_fails_the_build_with_file_line_and_column()
    {
        using var site = With("guides/a.md", Page("A", "Intro.\n\nSee [the guide](/guides/missing/) for more.\n"), Target);

        var finding = site.Single("broken-link");

        Assert.False(site.Result.Succeeded);
        Assert.Equal((Severity.Error, "guides/a.md", 7, 5), (finding.Severity, finding.File, finding.Line, finding.Column));
        Assert.Contains("/guides/missing/", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_to_pages_downloads_and_relative_addresses_that_exist_pass()
    {
        using var site = With("guides/a.md",
            Page("A", "[B](/guides/b/), [B without a slash](/guides/b), [B relative](../b/), [Our plan](/files/plan.pdf) and [the guides](/guides/).\n"),
            Target, Download);

        site.None("broken-link");
        site.None("link-to-draft");
        site.None("link-outside-site");
        site.None("download-link-text");
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics));
    }

    [Fact]
    public void A_missing_image_is_reported_as_a_file_the_page_loads()
    {
        using var site = With("a.md", Page("A", "![Referrals by month](/files/chart.png)\n"));

        var finding = site.Single("broken-link");

        Assert.Equal(("a.md", 5, 1), (finding.File, finding.Line, finding.Column));
        Assert.Contains("img src", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fragment_that_is_not_on_the_target_page_fails_with_a_suggestion()
    {
        using var site = With("guides/a.md", Page("A", "Call the [front door](/guides/b/#who-to-cal).\n"), Target);

        var finding = site.Single("broken-fragment");

        Assert.Equal(("guides/a.md", 5, 10), (finding.File, finding.Line, finding.Column));
        Assert.Equal("Did you mean #who-to-call?", finding.Fix);
    }

    [Fact]
    public void A_fragment_missing_from_the_same_page_names_this_page()
    {
        using var site = With("guides/a.md", Page("A", "## Steps\n\nFollow [the steps](#stesp).\n"));

        var finding = site.Single("broken-fragment");

        Assert.Contains("this page has no heading", finding.Message, StringComparison.Ordinal);
        Assert.Equal("Did you mean #steps?", finding.Fix);
    }

    [Fact]
    public void Fragments_of_headings_on_other_pages_and_on_the_same_page_pass()
    {
        using var site = With("guides/a.md", Page("A", "## Steps\n\nSee [who to call](/guides/b/#who-to-call) and [the steps](#steps), or go [to the top](#top).\n"), Target);

        site.None("broken-fragment");
    }

    [Fact]
    public void A_link_to_a_draft_says_it_is_a_draft()
    {
        using var site = With("a.md", Page("A", "Read [the new brief](/learning-briefs/new/).\n"),
            ("learning-briefs/new.md", Page("New", "Text.\n", "date: 2024-01-01\nsource: other\ndraft: true\n")));

        var finding = site.Single("link-to-draft");

        Assert.Equal(("a.md", 5, 6), (finding.File, finding.Line, finding.Column));
        Assert.Contains("is a draft", finding.Message, StringComparison.Ordinal);
        site.None("broken-link");
    }

    [Fact]
    public void A_link_to_an_item_dated_in_the_future_says_when_it_will_be_published()
    {
        using var site = With("a.md", Page("A", "Read [next month's newsletter](/newsletters/next/).\n"),
            ("newsletters/next.md", Page("Next", "Text.\n", "date: 2027-01-05\nedition: January 2027\n")));

        var finding = site.Single("link-to-draft");

        Assert.Contains("5 January 2027", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_raw_html_link_that_leaves_the_site_root_is_found_in_the_html_and_a_markdown_one_is_reported_once()
    {
        using var site = With("guides/a.md", Page("A", "Intro.\n\n<a href=\"../../../etc/passwd\">secrets</a>\n\n[more secrets](../../../etc/shadow)\n"));

        var findings = site.Findings("link-outside-site");

        Assert.Equal([("guides/a.md", 7, 1), ("guides/a.md", 9, 1)], findings.Select(f => (f.File, f.Line, f.Column)));
    }

    [Fact]
    public void Malformed_email_and_phone_links_fail_and_well_formed_ones_pass()
    {
        using var site = With("a.md", Page("A",
            "Write to [us](mailto:safeguarding) or call <a href=\"tel:0121 788 4300\">0121 788 4300</a>.\n\n" +
            "Write to [the team](mailto:team@example.org?subject=Help) or call [999](tel:999) or [us](tel:+441217884300).\n"));

        var findings = site.Findings("malformed-contact-link");

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(5, f.Line));
        Assert.Contains(findings, f => f.Message.Contains("mailto:safeguarding", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("tel:0121 788 4300", StringComparison.Ordinal));
    }

    [Fact]
    public void A_download_link_that_does_not_state_its_type_and_size_fails_unless_markdown_adds_them()
    {
        using var site = With("a.md", Page("A", "[Our plan](/files/plan.pdf)\n\n<a href=\"/files/plan.pdf\">Our plan again</a>\n\n[Their guide (PDF, 2 MB)](https://example.org/guide.pdf)\n"), Download);

        var finding = site.Single("download-link-text");

        Assert.Equal(("a.md", 7, 1), (finding.File, finding.Line, finding.Column));
    }
}
