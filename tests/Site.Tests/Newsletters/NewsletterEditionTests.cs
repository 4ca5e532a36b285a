using System.Text.Json;
using Site.Generator.Diagnostics;
using Site.Tests.Support;

namespace Site.Tests.Newsletters;

public sealed class NewsletterEditionTests
{
    private const string Body = """
        Welcome to the March edition. Start with [our neglect toolkit](/toolkits/neglect/).

        ## Who's in Charge? this spring

        - Read the [Who's in Charge? learning brief](/learning-briefs/whos-in-charge/){#whos-in-charge}
        - Watch [the films](https://www.example.com/films/?lang=en)
        - [Read more](/learning-briefs/whos-in-charge/#what-we-found)
        - [Read more](https://www.nspcc.org.uk/)

        ![A parent reading with a child](/files/reading.png)

        ## Training

        Book [our training](../../training/) or email [the training team](mailto:training@example.org).
        See [all courses](https://test.example.org/training/?level=1).
        """;

    private static readonly string Go = NewsletterSite.BaseUrl + "/go/march-2024/";

    [Fact]
    public void Every_link_gets_a_stable_id_explicit_ids_win_and_repeats_are_numbered()
    {
        using var site = new NewsletterSite(Body);
        BuildAssertions.Succeeded(site.Build());

        Assert.Equal(
            new[] { "view-in-browser", "our-neglect-toolkit", "whos-in-charge", "the-films", "read-more", "read-more-2", "our-training", "the-training-team", "all-courses" },
            Links(site).Select(l => l.Id));
    }

    [Fact]
    public void Link_ids_survive_a_rebuild_and_a_link_added_at_the_end()
    {
        using var site = new NewsletterSite(Body);
        BuildAssertions.Succeeded(site.Build());
        var first = Links(site).Select(l => l.Id).ToList();

        BuildAssertions.Succeeded(site.Build());
        Assert.Equal(first, Links(site).Select(l => l.Id));

        site.SetNewsletter(Body + "\n\n[Read more](https://www.childline.org.uk/)\n");
        BuildAssertions.Succeeded(site.Build());
        var after = Links(site).Select(l => l.Id).ToList();
        Assert.Equal(first, after.Take(first.Count));
        Assert.Equal("read-more-3", after[^1]);
    }

    [Fact]
    public void An_explicit_id_keeps_its_address_even_when_earlier_words_would_make_the_same_slug()
    {
        using var site = new NewsletterSite("[Films](https://www.example.com/a/) and [more films](https://www.example.com/b/){#films}.\n");
        BuildAssertions.Succeeded(site.Build());

        var links = Links(site);
        Assert.Equal("films-2", links[1].Id);
        Assert.Equal(("films", "https://www.example.com/b/"), (links[2].Id, links[2].Target));
    }

    [Fact]
    public void Links_json_lists_text_section_target_and_position_in_email_order()
    {
        using var site = new NewsletterSite(Body);
        BuildAssertions.Succeeded(site.Build());

        var json = JsonDocument.Parse(site.Read("newsletters/march-2024/links.json")).RootElement;
        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        Assert.All(json.EnumerateArray(), link => Assert.Equal(
            new[] { "id", "text", "section", "sectionTitle", "target", "position" },
            link.EnumerateObject().Select(p => p.Name)));

        var links = Links(site);
        Assert.Equal(Enumerable.Range(1, links.Count), links.Select(l => l.Position));
        Assert.Equal(new NewsletterLinkRow("view-in-browser", "View this newsletter in your browser", "", "",
            "https://test.example.org/newsletters/march-2024/?utm_source=newsletter&utm_medium=email&utm_campaign=march-2024&utm_content=view-in-browser", 1), links[0]);
        Assert.Equal(("", ""), (links[1].Section, links[1].SectionTitle));
        Assert.Equal(new NewsletterLinkRow("whos-in-charge", "Who's in Charge? learning brief", "whos-in-charge-this-spring", "Who's in Charge? this spring",
            "https://test.example.org/learning-briefs/whos-in-charge/?utm_source=newsletter&utm_medium=email&utm_campaign=march-2024&utm_content=whos-in-charge", 3), links[2]);
        Assert.Equal(("training", "Training"), (links[6].Section, links[6].SectionTitle));
    }

    [Fact]
    public void Campaign_parameters_go_only_on_links_to_our_own_site()
    {
        using var site = new NewsletterSite(Body);
        BuildAssertions.Succeeded(site.Build());

        var targets = Links(site).ToDictionary(l => l.Id, l => l.Target);
        Assert.Equal("https://test.example.org/learning-briefs/whos-in-charge/?utm_source=newsletter&utm_medium=email&utm_campaign=march-2024&utm_content=read-more#what-we-found", targets["read-more"]);
        Assert.Equal("https://test.example.org/training/?utm_source=newsletter&utm_medium=email&utm_campaign=march-2024&utm_content=our-training", targets["our-training"]);
        Assert.Equal("https://test.example.org/training/?level=1&utm_source=newsletter&utm_medium=email&utm_campaign=march-2024&utm_content=all-courses", targets["all-courses"]);
        Assert.Equal("https://www.example.com/films/?lang=en", targets["the-films"]);
        Assert.Equal("https://www.nspcc.org.uk/", targets["read-more-2"]);
        Assert.Equal("mailto:training@example.org", targets["the-training-team"]);
    }

    [Fact]
    public void Each_tracked_link_has_a_page_that_refreshes_at_once_says_where_it_goes_and_has_no_script()
    {
        using var site = new NewsletterSite(Body);
        BuildAssertions.Succeeded(site.Build());

        foreach (var link in Links(site))
        {
            var page = site.Html($"go/march-2024/{link.Id}/index.html");
            Assert.Equal($"0; url={link.Target}", page.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
            Assert.Contains("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"), StringComparison.Ordinal);
            Assert.Empty(page.QuerySelectorAll("script"));
            Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));
            Assert.NotNull(page.QuerySelector("main h1"));
            var visible = page.QuerySelector("main a");
            Assert.Equal(link.Target, visible?.GetAttribute("href"));
            Assert.Contains("It goes to", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Contains("It goes to the page ‘Neglect toolkit’ on our website.", site.Html("go/march-2024/our-neglect-toolkit/index.html").Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("It goes to the website nspcc.org.uk.", site.Html("go/march-2024/read-more-2/index.html").Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("It goes to an email to training@example.org.", site.Html("go/march-2024/the-training-team/index.html").Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Tracked_link_pages_are_the_only_pages_under_go_and_stay_out_of_the_sitemap()
    {
        using var site = new NewsletterSite(Body);
        BuildAssertions.Succeeded(site.Build());

        var pages = Directory.GetFiles(Path.Combine(site.Output, "go", "march-2024"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(Links(site).Select(l => $"go/march-2024/{l.Id}/index.html").Order(StringComparer.Ordinal), pages);
        Assert.DoesNotContain("/go/", site.Read("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_web_edition_links_directly_and_does_not_offer_the_email_files()
    {
        using var site = new NewsletterSite(Body);
        BuildAssertions.Succeeded(site.Build());

        var hrefs = site.Html("newsletters/march-2024/index.html").QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/toolkits/neglect/", hrefs);
        Assert.DoesNotContain(hrefs, h => h.Contains("/go/", StringComparison.Ordinal) || h.Contains("email.", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_link_in_the_email_edition_goes_through_its_tracked_page()
    {
        using var site = new NewsletterSite(Body);
        BuildAssertions.Succeeded(site.Build());

        var email = site.Html("newsletters/march-2024/email.html");
        var hrefs = email.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(Links(site).Select(l => Go + l.Id + "/"), hrefs);
        var view = email.QuerySelectorAll("a")[0];
        Assert.Equal("View this newsletter in your browser", view.TextContent.Trim());
    }

    [Fact]
    public void The_email_edition_is_email_safe_html()
    {
        using var site = new NewsletterSite(Body);
        BuildAssertions.Succeeded(site.Build());

        var text = site.Read("newsletters/march-2024/email.html");
        var email = site.Html("newsletters/march-2024/email.html");
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(text) < 100 * 1024);
        Assert.Empty(email.QuerySelectorAll("style"));
        Assert.Empty(email.QuerySelectorAll("[class]"));
        Assert.Empty(email.QuerySelectorAll("script"));
        Assert.DoesNotContain("data-", text, StringComparison.Ordinal);
        Assert.NotEmpty(email.QuerySelectorAll("table"));
        Assert.All(email.QuerySelectorAll("table"), t => Assert.Equal("presentation", t.GetAttribute("role")));
        Assert.Equal("600", email.QuerySelector("table table")!.GetAttribute("width"));
        Assert.Contains("max-width:600px", email.QuerySelector("table table")!.GetAttribute("style"), StringComparison.Ordinal);
        Assert.Contains("color:#1d70b8", email.QuerySelector("a")!.GetAttribute("style"), StringComparison.Ordinal);
        Assert.All(email.QuerySelectorAll("[href], [src]"), e =>
            Assert.StartsWith("https://", e.GetAttribute("href") ?? e.GetAttribute("src"), StringComparison.Ordinal));
        var image = email.QuerySelector("img")!;
        Assert.Equal(("https://test.example.org/files/reading.png", "A parent reading with a child"), (image.GetAttribute("src"), image.GetAttribute("alt")));
        Assert.Equal("Test Safeguarding Partnership", email.QuerySelector("p")?.TextContent.Trim());
        Assert.Equal("Newsletter: March 2024", email.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(new[] { "Who's in Charge? this spring", "Training" }, email.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()));
        Assert.Contains("You can unsubscribe using the link from our mailing list provider.", email.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(email.QuerySelectorAll("img[width='1']"));
    }

    [Fact]
    public void The_plain_text_edition_underlines_headings_writes_tracked_links_and_wraps_lines()
    {
        using var site = new NewsletterSite(Body + "\n\nA long paragraph that goes on and on, well past the width that a plain text email should have, so that it must be wrapped onto several lines.\n");
        BuildAssertions.Succeeded(site.Build());

        var text = site.Read("newsletters/march-2024/email.txt");
        var lines = text.Split('\n');
        Assert.Equal("Test Safeguarding Partnership", lines[0]);
        Assert.Contains("Newsletter: March 2024\n======================\n", text, StringComparison.Ordinal);
        Assert.Contains("Who's in Charge? this spring\n----------------------------\n", text, StringComparison.Ordinal);
        Assert.Contains($"View this newsletter in your browser:\n{Go}view-in-browser/", text, StringComparison.Ordinal);
        Assert.Contains($"- Read the Who's in Charge? learning brief\n  ({Go}whos-in-charge/)", text, StringComparison.Ordinal);
        Assert.Contains($"email the training team ({Go}the-training-team/)", text.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("[A parent reading with a child]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/toolkits/neglect/", text, StringComparison.Ordinal);
        Assert.All(lines.Where(l => !l.Contains("https://", StringComparison.Ordinal)), l => Assert.True(l.Length <= 72, $"Line too long: '{l}'"));
        Assert.Contains("You can unsubscribe using the link from our mailing list provider.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_tracking_is_off_by_default_and_when_chosen_adds_a_transparent_pixel_and_a_warning()
    {
        using var site = new NewsletterSite(Body);
        var quiet = site.Build();
        Assert.DoesNotContain(quiet.Diagnostics, d => d.Rule == "newsletter-open-tracking");
        Assert.False(site.Exists("go/march-2024/open.gif"));

        site.Write("site.yml", $"name: Test Safeguarding Partnership\nbase-url: {NewsletterSite.BaseUrl}\nnewsletters:\n  open-tracking: true\n");
        var result = site.Build();

        BuildAssertions.Succeeded(result);
        var warning = Assert.Single(result.Diagnostics, d => d.Rule == "newsletter-open-tracking");
        Assert.Equal((Severity.Warning, "site.yml"), (warning.Severity, warning.File));
        Assert.Contains("consent", warning.Message, StringComparison.Ordinal);
        var pixel = site.Html("newsletters/march-2024/email.html").QuerySelector("img[width='1'][height='1']")!;
        Assert.Equal((Go + "open.gif", ""), (pixel.GetAttribute("src"), pixel.GetAttribute("alt")));
        var gif = File.ReadAllBytes(Path.Combine(site.Output, "go", "march-2024", "open.gif"));
        Assert.Equal("GIF89a"u8.ToArray(), gif[..6]);
        Assert.Equal((1, 1), (gif[6] | gif[7] << 8, gif[8] | gif[9] << 8));
        Assert.Equal(0x3B, gif[^1]);
        Assert.DoesNotContain("open.gif", site.Read("newsletters/march-2024/links.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_at_a_tracked_link_address_is_an_error_that_names_it_not_a_crash()
    {
        using var site = new NewsletterSite("[Report a concern](/report-a-concern/){#report}\n");
        site.Write("go/march-2024/report.md", "---\ntitle: In the way\nsummary: A page where a tracked link goes.\n---\n\nText.\n");

        var error = BuildAssertions.SingleError(site.Build(), "/go/march-2024/report/index.html");

        Assert.Equal(NewsletterSite.Newsletter, error.File);
        Assert.Contains("the page made from go/march-2024/report.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_link_id_is_an_error_at_the_second_link()
    {
        using var site = new NewsletterSite("[One](/toolkits/neglect/){#toolkit}\n\nand [two](/training/){#toolkit}.\n");

        var error = BuildAssertions.SingleError(site.Build(), "have the id 'toolkit'");

        Assert.Equal((NewsletterSite.Newsletter, 10, 5), (error.File, error.Line, error.Column));
    }

    [Fact]
    public void A_link_id_that_cannot_be_an_address_or_is_reserved_is_an_error()
    {
        using var site = new NewsletterSite("[One](/toolkits/neglect/){#Neglect_Toolkit}\n\n[Two](/training/){#view-in-browser}\n");

        var result = site.Build();

        Assert.Equal(8, BuildAssertions.SingleError(result, "'Neglect_Toolkit' cannot be used").Line);
        Assert.Equal(10, BuildAssertions.SingleError(result, "kept for the email's").Line);
    }

    [Fact]
    public void An_image_without_alt_text_or_on_http_fails_the_build_at_its_line()
    {
        using var site = new NewsletterSite("Intro.\n\n![](/files/reading.png)\n\n![Chart](http://example.com/chart.png)\n");

        var result = site.Build();

        var alt = BuildAssertions.SingleError(result, "has no alt text");
        Assert.Equal((NewsletterSite.Newsletter, 10, 1, "email-image-alt"), (alt.File, alt.Line, alt.Column, alt.Rule));
        var http = BuildAssertions.SingleError(result, "not an absolute https");
        Assert.Equal((12, "email-absolute-https"), (http.Line, http.Rule));
    }

    [Fact]
    public void A_layout_table_in_the_text_without_role_presentation_fails_the_build()
    {
        using var site = new NewsletterSite("<table><tr><td>Left</td><td>Right</td></tr></table>\n\n| Course | Date |\n| --- | --- |\n| 5a | May |\n");

        var error = BuildAssertions.SingleError(site.Build(), "neither a data table");

        Assert.Equal(NewsletterSite.Newsletter, error.File);
    }

    [Fact]
    public void A_table_of_data_keeps_its_header_cells_and_column_alignment_in_the_email()
    {
        using var site = new NewsletterSite("| Course | Places |\n| --- | ---: |\n| 5a | 12 |\n");
        BuildAssertions.Succeeded(site.Build());

        var table = site.Html("newsletters/march-2024/email.html").QuerySelector("th")!.Closest("table")!;

        Assert.Null(table.GetAttribute("role"));
        Assert.Equal(new[] { "Course", "Places" }, table.QuerySelectorAll("th").Select(th => th.TextContent));
        Assert.Contains("text-align:right", table.QuerySelectorAll("td")[1].GetAttribute("style"), StringComparison.Ordinal);
    }

    [Fact]
    public void Something_wider_than_600_pixels_fails_the_build()
    {
        using var site = new NewsletterSite("<img src=\"/files/reading.png\" alt=\"Banner\" width=\"800\">\n");

        var error = BuildAssertions.SingleError(site.Build(), "800 px wide");

        Assert.Equal(("email-width", NewsletterSite.Newsletter), (error.Rule, error.File));
    }

    [Fact]
    public void An_email_edition_over_100_KB_fails_the_build_naming_the_newsletter()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("Every child deserves to be safe, heard and helped.", 40));
        using var site = new NewsletterSite(string.Join("\n\n", Enumerable.Repeat(paragraph, 60)) + "\n");

        var error = BuildAssertions.SingleError(site.Build(), "KB; mail apps");

        Assert.Equal((NewsletterSite.Newsletter, "email-size"), (error.File, error.Rule));
        Assert.False(site.Exists("newsletters/march-2024/email.html"));
    }

    [Fact]
    public void A_link_to_a_script_address_is_refused_at_its_line()
    {
        using var site = new NewsletterSite("Intro.\n\n[Click](javascript:alert(1))\n");

        var error = BuildAssertions.SingleError(site.Build(), "cannot be sent from the email edition");

        Assert.Equal((NewsletterSite.Newsletter, 10), (error.File, error.Line));
    }

    [Fact]
    public void Data_blocks_become_a_tracked_link_to_the_web_edition()
    {
        using var site = new NewsletterSite("Who to call:\n\n{{< contacts >}}\n");
        site.Write("data/contacts.yml", "emergency: { label: Police, phone: \"999\", when: \"If a child is in immediate danger\" }\ncontacts:\n  - id: mash\n    name: Front door\n    phone: 0121 000 0000\n    when: Office hours\n    for: Anyone\n");

        BuildAssertions.Succeeded(site.Build());

        var link = Links(site)[1];
        Assert.Equal(("read-it-in-your-browser", "https://test.example.org/newsletters/march-2024/?utm_source=newsletter&utm_medium=email&utm_campaign=march-2024&utm_content=read-it-in-your-browser"), (link.Id, link.Target));
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static List<NewsletterLinkRow> Links(NewsletterSite site) =>
        JsonSerializer.Deserialize<List<NewsletterLinkRow>>(site.Read("newsletters/march-2024/links.json"), Json)!;

    private sealed record NewsletterLinkRow(string Id, string Text, string Section, string SectionTitle, string Target, int Position);
}
