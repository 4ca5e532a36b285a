using System.Text;
using Site.Clicks.Counting;

namespace Site.Clicks.Tests;

public sealed class GoLinkPathTests
{
    [Theory]
    [InlineData("/go/spring-2024/whos-in-charge/", "spring-2024", "whos-in-charge")]
    [InlineData("/go/spring-2024/whos-in-charge", "spring-2024", "whos-in-charge")]
    [InlineData("/go/spring-2024/whos-in-charge/index.html", "spring-2024", "whos-in-charge")]
    [InlineData("/go/spring-2024/whos-in-charge/?utm_source=email&x=/go/a/b/", "spring-2024", "whos-in-charge")]
    [InlineData("/sscp/go/spring-2024/link_2.v1/", "spring-2024", "link_2.v1")]
    [InlineData("/go/go/go/", "go", "go")]
    [InlineData("https://www.example.org/go/n/l/#section", "n", "l")]
    public void Link_page_addresses_give_newsletter_and_link(string target, string newsletter, string link)
    {
        Assert.True(GoLinkPath.TryMatch(Encoding.UTF8.GetBytes(target), out var n, out var l));
        Assert.Equal(newsletter, Encoding.UTF8.GetString(n));
        Assert.Equal(link, Encoding.UTF8.GetString(l));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("/go/")]
    [InlineData("/go/spring-2024/")]
    [InlineData("/go//whos-in-charge/")]
    [InlineData("/go/spring-2024/whos-in-charge/more/")]
    [InlineData("/go/spring-2024/whos-in-charge/index.htm")]
    [InlineData("/go/../../etc/passwd")]
    [InlineData("/go/spring 2024/link/")]
    [InlineData("/ago/spring-2024/link/")]
    [InlineData("/search/?q=/go/spring-2024/link/")]
    public void Other_addresses_are_not_link_pages(string target)
    {
        Assert.False(GoLinkPath.TryMatch(Encoding.UTF8.GetBytes(target), out _, out _));
    }
}
