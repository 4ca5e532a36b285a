using Site.Clicks.Tests.Support;
using static Site.Clicks.Tests.Support.ClicksScenario;

namespace Site.Clicks.Tests;

public sealed class CombinedLogTests
{
    [Fact]
    public void Clicks_on_link_pages_are_counted_per_link()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Log(
            Combined.Line("/", 0),
            Combined.Line("/go/spring-2024/whos-in-charge/", 10, "198.51.100.1"),
            Combined.Line("/theme/site.css", 11),
            Combined.Line("/go/spring-2024/whos-in-charge/", 600, "198.51.100.2"),
            Combined.Line("/go/spring-2024/whos-in-charge/", 1200, "198.51.100.3"),
            Combined.Line("/go/spring-2024/training-dates/", 1800, "198.51.100.1"),
            Combined.Line("/newsletters/", 1900));

        var run = scenario.Count(log);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, run.Clicks(Spring, "whos-in-charge"));
        Assert.Equal(1, run.Clicks(Spring, "training-dates"));
        Assert.Equal(0, run.Clicks(Spring, "neglect-toolkit"));
        Assert.Contains("7 lines, 7 requests, 4 for newsletter link pages", run.Output, StringComparison.Ordinal);
        Assert.Contains("Counted 4 clicks", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_page_query_strings_and_a_missing_final_slash_count_as_the_same_link()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Log(
            Combined.Line("/go/spring-2024/neglect-toolkit/", 0, "198.51.100.1"),
            Combined.Line("/go/spring-2024/neglect-toolkit/index.html", 100, "198.51.100.2"),
            Combined.Line("/go/spring-2024/neglect-toolkit/?utm_source=email", 200, "198.51.100.3"),
            Combined.Line("/go/spring-2024/neglect-toolkit/index.html?x=1#top", 300, "198.51.100.4"),
            Combined.Line("/go/spring-2024/neglect-toolkit", 400, "198.51.100.5"));

        var run = scenario.Count(log);

        Assert.Equal(5, run.Clicks(Spring, "neglect-toolkit"));
    }

    [Fact]
    public void Apache_escaped_quotes_a_virtual_host_prefix_and_extra_fields_are_read()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Log(
            "www.example.org:443 198.51.100.7 - - [05/Mar/2024:10:00:00 +0000] \"GET /go/spring-2024/book-a-place/ HTTP/1.1\" 200 512 \"https://mail.example/\\\"x\\\"\" \"Mozilla/5.0 (X11; Linux x86_64) \\\"quoted\\\" Firefox/125.0\" \"10.0.0.1\" rt=0.001");

        var run = scenario.Count(log);

        Assert.Equal(1, run.Clicks(Spring, "book-a-place"));
        Assert.DoesNotContain("Bad lines", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Common_log_lines_without_referer_or_user_agent_are_counted()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Log("198.51.100.8 - frank [05/Mar/2024:10:00:00 -0700] \"GET /go/spring-2024/whos-in-charge/ HTTP/1.0\" 200 2326");

        var run = scenario.Count(log);

        Assert.Equal(1, run.Clicks(Spring, "whos-in-charge"));
    }

    [Fact]
    public void Link_pages_below_a_base_path_or_requested_by_absolute_url_are_recognised()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Log(
            Combined.Line("/partnership/go/spring-2024/whos-in-charge/", 0, "198.51.100.1"),
            Combined.Line("http://www.example.org/go/spring-2024/whos-in-charge/", 100, "198.51.100.2"));

        var run = scenario.Count(log);

        Assert.Equal(2, run.Clicks(Spring, "whos-in-charge"));
    }

    [Fact]
    public void Paths_that_only_resemble_link_pages_are_not_counted()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Log(
            Combined.Line("/go/spring-2024/", 0),
            Combined.Line("/go/spring-2024/whos-in-charge/extra/", 100),
            Combined.Line("/go/spring-2024/whos-in-charge/other.html", 200),
            Combined.Line("/golf/spring-2024/whos-in-charge/", 300),
            Combined.Line("/go/../etc/passwd", 400),
            Combined.Line("/go/spring-2024/who's-in-charge/", 500));

        var run = scenario.Count(log);

        Assert.Equal(0, run.TotalClicks);
        Assert.Contains("0 for newsletter link pages", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Times_with_an_offset_are_put_on_the_day_the_server_logged()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Log(
            "198.51.100.9 - - [31/Mar/2024:23:30:00 +0100] \"GET /go/spring-2024/whos-in-charge/ HTTP/1.1\" 200 10 \"-\" \"Mozilla/5.0 (X11; Linux x86_64) Firefox/125.0\"");

        var run = scenario.Count(log);

        Assert.Contains("2024-03-31", run.Output, StringComparison.Ordinal);
    }
}
