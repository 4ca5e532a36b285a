using Site.Clicks.Tests.Support;
using static Site.Clicks.Tests.Support.ClicksScenario;

namespace Site.Clicks.Tests;

public sealed class FilterTests
{
    private const string Link = "/go/spring-2024/whos-in-charge/";

    [Fact]
    public void Head_requests_and_other_methods_are_not_counted()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Log(
            Combined.Line(Link, 0, "198.51.100.1", method: "HEAD"),
            Combined.Line(Link, 100, "198.51.100.2", method: "POST"),
            Combined.Line(Link, 200, "198.51.100.3", method: "OPTIONS"),
            Combined.Line(Link, 300, "198.51.100.4"));

        var run = scenario.Count(log);

        Assert.Equal(1, run.Clicks(Spring, "whos-in-charge"));
        Assert.Equal(3, run.Excluded("not a GET"));
    }

    [Theory]
    [InlineData(404)]
    [InlineData(301)]
    [InlineData(304)]
    [InlineData(500)]
    [InlineData(403)]
    public void Responses_outside_the_2xx_range_are_not_counted(int status)
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Log(Combined.Line(Link, 0, status: status), Combined.Line(Link, 100, "198.51.100.9"));

        var run = scenario.Count(log);

        Assert.Equal(1, run.Clicks(Spring, "whos-in-charge"));
        Assert.Equal(1, run.Excluded("response was not a success"));
    }

    [Theory]
    [InlineData("Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", "crawlers and bots")]
    [InlineData("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "crawlers and bots")]
    [InlineData("curl/8.5.0", "scripts and command-line tools")]
    [InlineData("Wget/1.21.3", "scripts and command-line tools")]
    [InlineData("python-requests/2.31.0", "scripts and command-line tools")]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/124.0.0.0 Safari/537.36", "scripts and command-line tools")]
    [InlineData("Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/534+ (KHTML, like Gecko) BingPreview/1.0b", "mail link scanners")]
    [InlineData("Mimecast URL Protect", "mail link scanners")]
    [InlineData("Barracuda Sentinel (EE)", "mail link scanners")]
    [InlineData("Proofpoint URL Defense", "mail link scanners")]
    [InlineData("Microsoft Office Existence Discovery", "link preview fetchers")]
    [InlineData("Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17328; Pro; ms-office; MSOffice 16)", "link preview fetchers")]
    [InlineData("facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", "link preview fetchers")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) SkypeUriPreview Preview/0.5", "link preview fetchers")]
    [InlineData("Mozilla/5.0 (compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)", "monitors and link checkers")]
    public void Automated_user_agents_are_not_counted_and_are_reported_by_kind(string agent, string kind)
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Log(Combined.Line(Link, 0, agent: agent), Combined.Line(Link, 100, "198.51.100.9"));

        var run = scenario.Count(log);

        Assert.Equal(1, run.Clicks(Spring, "whos-in-charge"));
        Assert.Equal(1, run.Excluded("automated user agent"));
        Assert.Contains($"1 {kind}", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Combined.Browser)]
    [InlineData(Combined.Phone)]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80")]
    [InlineData("Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/458.0]")]
    public void Ordinary_browsers_are_counted(string agent)
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Log(Combined.Line(Link, 0, agent: agent));

        var run = scenario.Count(log);

        Assert.Equal(1, run.Clicks(Spring, "whos-in-charge"));
    }

    [Fact]
    public void A_user_agent_seen_again_is_judged_the_same_way()
    {
        using var scenario = WithSpringNewsletter();
        const string crawler = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
        var log = scenario.Log(Enumerable.Range(0, 6)
            .Select(i => Combined.Line(Link, i * 600, $"198.51.100.{i}", agent: i % 2 == 0 ? crawler : Combined.Browser))
            .ToArray());

        var run = scenario.Count(log);

        Assert.Equal(3, run.Clicks(Spring, "whos-in-charge"));
        Assert.Equal(3, run.Excluded("automated user agent"));
    }
}
