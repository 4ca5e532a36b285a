using Site.Generator.Content;

namespace Site.Tests.Content;

public sealed class SourceDocumentTests
{
    [Theory]
    [InlineData("/", "", "")]
    [InlineData("/about/", "about", "")]
    [InlineData("/learning-briefs/neglect-audit/", "neglect-audit", "learning-briefs")]
    [InlineData("/training/courses/level-3/", "level-3", "training")]
    [InlineData("/reports/annual-report.pdf", "annual-report.pdf", "reports")]
    [InlineData("/toolkits//", "toolkits", "")]
    [InlineData("//toolkits//neglect//", "neglect", "toolkits")]
    public void The_slug_is_the_last_part_of_the_address_and_the_section_its_first_folder(string url, string slug, string section)
    {
        var document = new SourceDocument("page.md", url, ContentType.Page, new FrontMatter { Title = "A page" }, "", 1);

        Assert.Equal((slug, section), (document.Slug, document.Section));
    }
}
