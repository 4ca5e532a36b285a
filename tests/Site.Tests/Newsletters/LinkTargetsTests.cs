using Site.Generator.Newsletters;

namespace Site.Tests.Newsletters;

public sealed class LinkTargetsTests
{
    private static readonly Uri Base = new("https://test.example.org/");
    private const string Page = "/newsletters/march-2024/";

    [Theory]
    [InlineData("/toolkits/neglect/", "https://test.example.org/toolkits/neglect/", "/toolkits/neglect/")]
    [InlineData("../../training/#which", "https://test.example.org/training/#which", "/training/")]
    [InlineData("#section", "https://test.example.org/newsletters/march-2024/#section", Page)]
    [InlineData("https://test.example.org/files/plan.pdf", "https://test.example.org/files/plan.pdf", "/files/plan.pdf")]
    public void Links_to_our_own_site_become_absolute_site_addresses(string href, string url, string path) =>
        Assert.Equal(new LinkTarget(url, LinkKind.OwnSite, path), LinkTargets.Resolve(href, Page, Base));

    [Theory]
    [InlineData("https://www.nspcc.org.uk/", LinkKind.OtherSite)]
    [InlineData("https://test.example.org.evil.example/", LinkKind.OtherSite)]
    [InlineData("mailto:team@example.org", LinkKind.Email)]
    [InlineData("tel:08001111", LinkKind.Phone)]
    public void Other_links_are_kept_exactly_as_written(string href, LinkKind kind) =>
        Assert.Equal(new LinkTarget(href, kind, null), LinkTargets.Resolve(href, Page, Base));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,hello")]
    [InlineData("//elsewhere.example/")]
    public void Addresses_a_page_cannot_safely_send_readers_to_are_refused(string href) =>
        Assert.Null(LinkTargets.Resolve(href, Page, Base));

    [Fact]
    public void Campaign_parameters_go_before_the_fragment_after_the_author_s_own_and_replace_old_ones()
    {
        var url = LinkTargets.WithCampaign("https://test.example.org/training/?level=1&utm_source=old#book", "march-2024", "book-now");

        Assert.Equal("https://test.example.org/training/?level=1&utm_source=newsletter&utm_medium=email&utm_campaign=march-2024&utm_content=book-now#book", url);
    }
}
