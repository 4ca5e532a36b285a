using Site.Generator.Checks.Html;
using Site.Generator.Search;
using Site.Tests.Theme;

namespace Site.Tests.Search;

public sealed class SearchExtractTests
{
    [Fact]
    public void The_entry_has_the_prose_h2_and_h3_headings_and_its_text_with_white_space_made_single_spaces()
    {
        var page = new ThemeSite().With("guidance/neglect.md", """
            ---
            title: Neglect
            summary: What neglect is.
            topics:
              - neglect
            ---
            ## What   neglect is

            Text with	a tab,  two spaces and two  non-breaking spaces.

            <h3>Signs  to look for</h3>

            <div role="heading" aria-level="2">Not an h2 element</div>

            #### Further reading
            """).Page("/guidance/neglect/");
        var document = ThemeSite.Render(page);
        var index = PageIndexer.Index(document, page.Url, new LinkClassifier());

        var entry = SearchIndex.Extract(page, index);

        // The page's own headings outside its prose (the topics it is filed under) are left out.
        Assert.Contains(index.Headings, h => h.LocalName == "h2" && h.TextContent == "Topics" && !index.Prose!.Contains(h));
        Assert.Equal("What neglect is Signs to look for", entry.Headings);
        Assert.Equal(
            "What neglect is Text with a tab, two spaces and two non-breaking spaces. Signs to look for Not an h2 element Further reading",
            entry.Body);
    }
}
