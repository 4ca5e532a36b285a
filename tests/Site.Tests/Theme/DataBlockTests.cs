using Site.Generator.Data;
using Site.Generator.Theme;

namespace Site.Tests.Theme;

public sealed class DataBlockTests
{
    private static AngleSharp.Dom.IElement Prose(string markdown, SiteData data, params (string Path, string Text)[] others)
    {
        var site = new ThemeSite().With(data).With("page.md", "---\ntitle: Blocks\n---\n\n## Section\n\n" + markdown + "\n");
        foreach (var (path, text) in others)
        {
            site.With(path, text);
        }

        return ThemeSite.Render(site.Page("/page/")).QuerySelector(".app-prose")!;
    }

    [Fact]
    public void Contacts_lists_every_contact_with_the_emergency_number_first_and_tel_links()
    {
        var prose = Prose("{{< contacts >}}", new SiteData { Contacts = ThemeData.Contacts });

        var rows = prose.QuerySelectorAll(".app-contacts .govuk-summary-list__row").ToList();
        Assert.Equal(["Police", "Children's front door", "Out of hours team", "Childline"], rows.Select(r => r.QuerySelector("dt")!.TextContent));
        Assert.Equal(["tel:999", "tel:01215550101", "tel:01215550202", "tel:08001111"], rows.Select(r => r.QuerySelector("a[href^='tel:']")!.GetAttribute("href")));
        Assert.Contains("Children and young people", rows[3].TextContent);
        Assert.NotNull(rows[3].QuerySelector("a[href='https://www.childline.org.uk/']"));
    }

    [Fact]
    public void Glossary_gives_each_term_its_own_id_in_a_definition_list()
    {
        var prose = Prose("{{< glossary >}}", new SiteData
        {
            Glossary = [new GlossaryEntry("MASH", "Multi-Agency Safeguarding Hub", "Where concerns go first."), new GlossaryEntry("Early help", null, "Support before problems grow.")],
        });

        var terms = prose.QuerySelectorAll("dl.app-glossary > dt").ToList();
        Assert.Equal(["term-mash", "term-early-help"], terms.Select(t => t.Id));
        Assert.Contains("(Multi-Agency Safeguarding Hub)", terms[0].TextContent);
        Assert.Equal("Where concerns go first.", terms[0].NextElementSibling!.TextContent);
    }

    [Fact]
    public void Structure_is_a_nested_list_with_a_diagram_hidden_from_assistive_technology()
    {
        var prose = Prose("{{< structure >}}", new SiteData
        {
            Structure =
            [
                new StructureGroup("Lead partners", "Share responsibility.", null,
                [
                    new StructureGroup("Executive", "Makes decisions.", "Director of Children's Services",
                        [new StructureGroup("Audit subgroup", "Runs audits.", null, [])]),
                ]),
            ],
        });

        var diagram = prose.QuerySelector(".app-structure-diagram")!;
        Assert.Equal("true", diagram.GetAttribute("aria-hidden"));
        Assert.Empty(diagram.QuerySelectorAll("a, button, input, [tabindex]"));
        Assert.Equal(3, diagram.QuerySelectorAll(".app-tree__box").Length);
        var list = prose.QuerySelector("ul.app-structure-list")!;
        Assert.Null(list.Closest("[aria-hidden]"));
        Assert.Equal("Audit subgroup", list.QuerySelector("ul.app-structure-list ul.app-structure-list ul.app-structure-list .app-structure-list__name")!.TextContent);
        Assert.Contains("Chair: Director of Children's Services", list.TextContent);
    }

    [Fact]
    public void Training_guide_links_each_role_to_the_courses_found_by_their_code()
    {
        var prose = Prose("{{< training-guide >}}",
            new SiteData { TrainingGuide = [new TrainingRole("Teachers", "Anyone who teaches.", ["5a", "9z"])] },
            ("training/neglect-basics.md", "---\ntitle: Neglect basics\ncode: 5A\nlevel: introductory\nduration: 3 hours\n---\n"));

        var role = prose.QuerySelector(".app-training-role")!;
        Assert.Equal("Teachers", role.QuerySelector("h3")!.TextContent);
        var course = role.QuerySelector("li a")!;
        Assert.Equal(("/training/neglect-basics/", "Neglect basics"), (course.GetAttribute("href"), course.TextContent));
        Assert.Contains("course 5A, introductory, 3 hours", role.TextContent);
        Assert.Equal("Course 9z", role.QuerySelectorAll("li")[1].TextContent.Trim());
    }

    [Fact]
    public void A_chart_is_an_svg_image_named_by_its_caption_with_its_figures_in_a_table()
    {
        var chart = new Chart("referrals", "Referrals", "For every 10,000 children.", "referrals per 10,000 children",
            [new ChartValue("National average", 552.5), new ChartValue("2019/20", 1401)]);
        var prose = Prose("{{< chart referrals >}}", new SiteData { Charts = new Dictionary<string, Chart> { ["referrals"] = chart } });

        var svg = prose.QuerySelector("figure svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        var caption = prose.QuerySelector($"#{svg.GetAttribute("aria-labelledby")}")!;
        Assert.Equal("FIGCAPTION", caption.TagName);
        Assert.StartsWith("Referrals", caption.TextContent.Trim());
        Assert.Equal(["31.55%", "80%"], svg.QuerySelectorAll("rect").Select(r => r.GetAttribute("width")));
        Assert.All(svg.QuerySelectorAll("rect"), rect => Assert.Equal("app-chart__bar", rect.GetAttribute("class")));

        var table = prose.QuerySelector("table.app-chart-table")!;
        Assert.Equal(["Category", "Referrals per 10,000 children"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        var rows = table.QuerySelectorAll("tbody tr").Select(tr => (tr.QuerySelector("th")!.TextContent, tr.QuerySelector("td")!.TextContent)).ToList();
        Assert.Equal([("National average", "552.5"), ("2019/20", "1,401")], rows);
    }

    [Fact]
    public void Headings_inside_a_block_sit_one_level_below_the_authors_heading_above_it()
    {
        var data = new SiteData { TrainingGuide = [new TrainingRole("Teachers", null, [])] };
        var site = new ThemeSite().With(data).With("page.md", "---\ntitle: Training\n---\n\n{{< training-guide >}}\n\n## For schools\n\n### Primary\n\n{{< training-guide >}}\n");

        var roles = ThemeSite.Render(site.Page("/page/")).QuerySelectorAll(".app-training-role > :first-child").Select(h => h.LocalName);

        Assert.Equal(["h2", "h4"], roles);
    }

    [Fact]
    public void Blocks_sit_in_the_body_where_the_author_placed_them()
    {
        var prose = Prose("Before.\n\n{{< glossary >}}\n\nAfter.", new SiteData { Glossary = [new GlossaryEntry("LADO", null, "Local authority designated officer.")] });

        var order = prose.Children.Select(c => c.TagName).ToList();
        Assert.Equal(["H2", "P", "DL", "P"], order);
    }
}
