using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Site.Generator.Newsletters.Css;

namespace Site.Tests.Newsletters;

public sealed class CssInlinerTests
{
    [Fact]
    public void A_class_beats_a_type_selector_whatever_their_order()
    {
        var p = Inline("<p class='lead'>x</p>", ".lead { color: red; } p { color: blue; }").QuerySelector("p")!;

        Assert.Equal("color:red", p.GetAttribute("style"));
    }

    [Fact]
    public void Of_two_equally_specific_rules_the_later_wins()
    {
        var p = Inline("<p>x</p>", "p { color: blue; } p { color: green; }").QuerySelector("p")!;

        Assert.Equal("color:green", p.GetAttribute("style"));
    }

    [Fact]
    public void A_descendant_selector_adds_the_specificity_of_each_part()
    {
        var css = ".content p { margin: 0; } .lead { margin: 8px; } p { margin: 4px; }";
        var document = Inline("<div class='content'><p class='lead'>a</p><p>b</p></div><p>c</p>", css);
        var paragraphs = document.QuerySelectorAll("p").Select(p => p.GetAttribute("style")).ToList();

        // .content p is (0,1,1) and beats .lead (0,1,0); p alone is (0,0,1).
        Assert.Equal(new[] { "margin:0", "margin:0", "margin:4px" }, paragraphs);
    }

    [Fact]
    public void An_id_beats_any_number_of_classes()
    {
        var td = Inline("<table><tr><td id='main' class='a b c'>x</td></tr></table>", "#main { padding: 1px; } td.a.b.c { padding: 2px; }").QuerySelector("td")!;

        Assert.Equal("padding:1px", td.GetAttribute("style"));
    }

    [Fact]
    public void The_element_s_own_style_beats_the_stylesheet_but_not_important()
    {
        var document = Inline(
            "<p class='x' style='color: black; font-size: 20px'>x</p>",
            ".x { color: red; font-size: 12px !important; line-height: 1; }");

        Assert.Equal("line-height:1;color:black;font-size:12px", document.QuerySelector("p")!.GetAttribute("style"));
    }

    [Fact]
    public void A_winning_longhand_is_written_after_the_shorthand_it_overrides()
    {
        var td = Inline("<table><tr><td class='cell'>x</td></tr></table>", ".cell { padding-top: 0; } td { padding: 8px; } td.cell { padding-left: 2px; }").QuerySelector("td")!;

        Assert.Equal("padding:8px;padding-top:0;padding-left:2px", td.GetAttribute("style"));
    }

    [Fact]
    public void The_child_combinator_matches_only_direct_children()
    {
        var document = Inline("<ul class='list'><li>a<ul><li>b</li></ul></li></ul>", ".list > li { margin: 0; }");
        var items = document.QuerySelectorAll("li").Select(li => li.GetAttribute("style")).ToList();

        Assert.Equal(new[] { "margin:0", null }, items);
    }

    [Fact]
    public void A_descendant_step_tries_farther_ancestors_when_the_nearest_match_does_not_fit()
    {
        // The nearest .inner is not a child of .outer, but the farther one is.
        var css = ".outer > .inner span { font-weight: bold; }";
        var span = Inline("<div class='outer'><div class='inner'><div class='inner'><span>x</span></div></div></div>", css).QuerySelector("span")!;

        Assert.Equal("font-weight:bold", span.GetAttribute("style"));
    }

    [Fact]
    public void Style_elements_and_class_hooks_are_removed_and_unknown_properties_kept()
    {
        var document = Inline("<div class='preheader'>x</div>", ".preheader { mso-hide: all; display: none; }");

        Assert.Empty(document.QuerySelectorAll("style"));
        Assert.Null(document.QuerySelector("div")!.GetAttribute("class"));
        Assert.Equal("mso-hide:all;display:none", document.QuerySelector("div")!.GetAttribute("style"));
    }

    [Fact]
    public void Selectors_and_rules_outside_the_subset_are_reported_not_dropped_silently()
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument("<style>a:hover { color: red; } @media (max-width: 600px) { p { margin: 0; } } p + p { margin: 0; } td { padding: 0; }</style><p>x</p>");

        var problems = CssInliner.Inline(document);

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Contains("a:hover", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("@media", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("p + p", StringComparison.Ordinal));
    }

    [Fact]
    public void Specificity_compares_ids_then_classes_then_types()
    {
        Specificity Of(string selector) => Selector.Parse(selector, out _)!.Specificity;

        Assert.Equal(new Specificity(0, 1, 1), Of(".content p"));
        Assert.Equal(new Specificity(1, 2, 1), Of("#main td.a.b"));
        Assert.True(Of("#a") > Of(".a.b.c.d"));
        Assert.True(Of(".a") > Of("body table td p"));
        Assert.True(Of("p.a") > Of(".a"));
    }

    [Fact]
    public void Semicolons_inside_quotes_and_brackets_do_not_split_a_declaration()
    {
        var declarations = StyleDeclaration.ParseBlock("font-family: \"A;B\", Arial; background: url(a;b.png) !important");

        Assert.Equal(
            new[] { new StyleDeclaration("font-family", "\"A;B\", Arial", false), new StyleDeclaration("background", "url(a;b.png)", true) },
            declarations);
    }

    [Fact]
    public void The_email_stylesheet_is_entirely_within_the_inliner_s_subset()
    {
        var sheet = EmailStylesheet.Parse(Site.Generator.Theme.Email.EmailStyles.Css);

        Assert.Empty(sheet.Problems);
        Assert.NotEmpty(sheet.Rules);
    }

    private static IDocument Inline(string body, string css)
    {
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><head><style>{css}</style></head><body>{body}</body></html>");
        Assert.Empty(CssInliner.Inline(document));
        return document;
    }
}
