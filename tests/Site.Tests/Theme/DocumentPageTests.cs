using AngleSharp.Dom;
using Site.Generator.Theme;

namespace Site.Tests.Theme;

public sealed class DocumentPageTests
{
    private static Dictionary<string, string> SummaryList(IDocument page) =>
        page.QuerySelectorAll(".govuk-summary-list.app-meta .govuk-summary-list__row").ToDictionary(
            row => row.QuerySelector("dt")!.TextContent.Trim(),
            row => row.QuerySelector("dd")!.TextContent.Trim());

    [Fact]
    public void A_learning_brief_shows_its_type_dates_audience_and_source_in_a_summary_list()
    {
        var page = ThemeSite.Render(new ThemeSite().With("learning-briefs/neglect.md", """
            ---
            title: Learning from neglect
            date: 2024-02-14
            updated: 2024-03-01
            review-by: 2026-02-14
            audience: [practitioners, families]
            source: rapid-review
            ---

            ## Why it matters
            """).Page("/learning-briefs/neglect/"));

        Assert.Equal("Learning brief", page.QuerySelector(".govuk-caption-l")!.TextContent);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["Published"] = "14 February 2024",
                ["Updated"] = "1 March 2024",
                ["Review by"] = "14 February 2026",
                ["Audience"] = "Practitioners, Parents and carers",
                ["Source"] = "Rapid review",
            },
            SummaryList(page));
        Assert.Equal("2024-02-14", page.QuerySelector(".app-meta time")!.GetAttribute("datetime"));
    }

    [Fact]
    public void A_yearly_report_shows_its_period_and_a_newsletter_its_edition()
    {
        var site = new ThemeSite()
            .With("yearly-reports/2019-20.md", "---\ntitle: Yearly report 2019/20\ndate: 2020-09-30\nperiod: 2019/20\n---\n")
            .With("newsletters/december-2023.md", "---\ntitle: December news\ndate: 2023-12-01\nedition: December 2023\n---\n");

        Assert.Equal("2019/20", SummaryList(ThemeSite.Render(site.Page("/yearly-reports/2019-20/")))["Period"]);
        Assert.Equal("December 2023", SummaryList(ThemeSite.Render(site.Page("/newsletters/december-2023/")))["Edition"]);
    }

    [Fact]
    public void A_training_course_shows_code_level_duration_format_and_a_booking_link()
    {
        var page = ThemeSite.Render(new ThemeSite().With("training/neglect-basics.md", """
            ---
            title: Neglect basics
            code: 5a
            level: introductory
            duration: 3 hours
            format: in-person
            booking: training@testshire.example
            ---
            """).Page("/training/neglect-basics/"));

        var facts = SummaryList(page);
        Assert.Equal("5a", facts["Code"]);
        Assert.Equal("Introductory", facts["Level"]);
        Assert.Equal("3 hours", facts["Duration"]);
        Assert.Equal("In person", facts["Format"]);
        Assert.Equal("training@testshire.example", facts["How to book"]);
        Assert.Equal("mailto:training@testshire.example", page.QuerySelector(".app-meta a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_full_version_links_prominently_to_the_version_for_parents_and_young_people()
    {
        var model = new ThemeSite().With("arrangements/index.md", "---\ntitle: Our arrangements\n---\n\nText.\n").Page("/arrangements/")
            with { OtherVersion = new VersionLink("/arrangements/for-parents-and-young-people/", "Our arrangements, simply", ToFriendly: true) };
        var page = ThemeSite.Render(model);

        var link = page.QuerySelector(".app-version-link a")!;
        Assert.Equal("Read the version for parents and young people", link.TextContent);
        Assert.Equal("/arrangements/for-parents-and-young-people/", link.GetAttribute("href"));
        Assert.True(Precedes(link, page.QuerySelector(".app-prose")!), "The version link comes before the text.");
    }

    [Fact]
    public void A_friendly_version_links_back_to_the_full_version()
    {
        var model = new ThemeSite().With("arrangements/for-parents-and-young-people.md", "---\ntitle: Our arrangements, simply\n---\n").Page("/arrangements/for-parents-and-young-people/")
            with { OtherVersion = new VersionLink("/arrangements/", "Our arrangements", ToFriendly: false) };

        var link = ThemeSite.Render(model).QuerySelector(".app-version-link a")!;
        Assert.Equal("Read the full version", link.TextContent);
        Assert.Equal("/arrangements/", link.GetAttribute("href"));
    }

    [Fact]
    public void A_scrutiny_response_lists_its_recommendations_in_a_table_after_the_text()
    {
        var page = ThemeSite.Render(new ThemeSite().With("scrutiny-responses/2024.md", """
            ---
            title: Scrutiny 2024
            date: 2024-05-01
            scrutineer: Independent scrutineer
            recommendations:
              - recommendation: Build a shared dataset.
                response: We collect it every quarter.
                owner: Assurance group
                status: complete
                due: 2021-03-31
              - recommendation: Hear from children.
                response: Planned for next year.
                owner: Executive
                status: in-progress
                due: 2025-03-31
            ---

            ## What scrutiny looked at
            """).Page("/scrutiny-responses/2024/"));

        var table = page.QuerySelector("table.app-recommendations")!;
        Assert.Equal("Recommendations and our response", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(["Recommendation", "Our response", "Owner", "Status", "Due"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        var rows = table.QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["Build a shared dataset.", "We collect it every quarter.", "Assurance group", "Complete", "31 March 2021"], rows[0]);
        Assert.Equal("In progress", rows[1][3]);
        Assert.Equal(["govuk-tag", "govuk-tag--green"], table.QuerySelector("tbody tr td strong")!.ClassList);
        Assert.True(Precedes(page.QuerySelector(".app-prose")!, table), "The table comes after the text.");
        var region = table.ParentElement!;
        Assert.Equal("region", region.GetAttribute("role"));
        Assert.Equal("0", region.GetAttribute("tabindex"));
        Assert.Equal("Scrutiny by", page.QuerySelectorAll(".app-meta dt")[^1].TextContent);
    }

    [Fact]
    public void Topics_link_to_their_topic_pages_with_the_topics_titles()
    {
        var page = ThemeSite.Render(new ThemeSite()
            .With("topics/neglect.md", "---\ntitle: Neglect\n---\n")
            .With("toolkits/neglect.md", "---\ntitle: Neglect toolkit\ntopics: [neglect, early-help]\n---\n\nText.\n")
            .Page("/toolkits/neglect/"));

        var links = page.QuerySelectorAll(".app-topics a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("/topics/neglect/", "Neglect"), ("/topics/early-help/", "early help")], links);
    }

    [Fact]
    public void The_body_is_rendered_inside_the_prose_container()
    {
        var page = ThemeSite.Render(new ThemeSite().With("about.md", "---\ntitle: About us\n---\n\n## Who we are\n\nWe are three partners.\n").Page("/about/"));

        var prose = page.QuerySelector("main div.app-prose")!;
        Assert.Equal("Who we are", prose.QuerySelector("h2")!.TextContent);
        Assert.Null(page.QuerySelector(".govuk-caption-l"));
    }

    private static bool Precedes(INode first, INode second) =>
        first.CompareDocumentPosition(second).HasFlag(DocumentPositions.Following);
}
