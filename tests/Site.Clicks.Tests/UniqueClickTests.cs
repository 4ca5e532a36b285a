using Site.Clicks.Tests.Support;
using static Site.Clicks.Tests.Support.ClicksScenario;

namespace Site.Clicks.Tests;

public sealed class UniqueClickTests
{
    private const string Link = "/go/spring-2024/whos-in-charge/";

    [Fact]
    public void The_same_reader_twice_in_a_day_is_one_unique_click()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Log(Combined.Line(Link, 0), Combined.Line(Link, 3600));

        var row = scenario.Count(log).Row(Spring, "whos-in-charge");

        Assert.Equal(2, row.Clicks);
        Assert.Equal(1, row.Unique);
    }

    [Fact]
    public void The_same_reader_on_two_days_counts_once_each_day()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Log(Combined.Line(Link, 0), Combined.Line(Link, 60), Combined.Line(Link, 86400));

        var row = scenario.Count(log).Row(Spring, "whos-in-charge");

        Assert.Equal(3, row.Clicks);
        Assert.Equal(2, row.Unique);
    }

    [Fact]
    public void Different_browsers_at_one_address_are_different_readers()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Log(Combined.Line(Link, 0, agent: Combined.Browser), Combined.Line(Link, 600, agent: Combined.Phone));

        var row = scenario.Count(log).Row(Spring, "whos-in-charge");

        Assert.Equal(2, row.Unique);
    }

    [Fact]
    public void A_reader_of_two_links_is_one_unique_reader_of_the_newsletter_and_section()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Log(
            Combined.Line("/go/spring-2024/whos-in-charge/", 0),
            Combined.Line("/go/spring-2024/neglect-toolkit/", 300),
            Combined.Line("/go/spring-2024/neglect-toolkit/", 400, "198.51.100.77"));

        var run = scenario.Count(log);

        Assert.Contains("Newsletter spring-2024: 3 clicks, 2 unique", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"\n  News\s+3\s+2\r?\n", run.Output);
    }

    [Fact]
    public void Addresses_and_user_agents_appear_in_no_output()
    {
        using var scenario = WithSpringNewsletter();
        const string address = "198.51.100.123";
        const string agent = "Mozilla/5.0 (X11; Linux x86_64; SecretBrowserBuild) Firefox/125.0";
        var log = scenario.Log(Combined.Line(Link, 0, address, agent: agent), "garbage line from " + address);
        var report = scenario.Folder.File("report");

        var run = scenario.Count(log, "--report", report);

        Assert.Equal(1, run.Clicks(Spring, "whos-in-charge"));
        var everything = run.Output + run.Errors + File.ReadAllText(scenario.Folder.File("clicks.csv"))
            + string.Concat(Directory.GetFiles(report).Select(File.ReadAllText));
        Assert.DoesNotContain(address, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("SecretBrowserBuild", everything, StringComparison.Ordinal);
    }
}
