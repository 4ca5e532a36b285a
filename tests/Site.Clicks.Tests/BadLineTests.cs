using Site.Clicks.Tests.Support;
using static Site.Clicks.Tests.Support.ClicksScenario;

namespace Site.Clicks.Tests;

public sealed class BadLineTests
{
    [Fact]
    public void Bad_lines_are_counted_and_the_first_are_named_by_file_and_line()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Log(
            Combined.Line("/go/spring-2024/whos-in-charge/", 0),
            "this is not a log line",
            "198.51.100.1 - - [05/Mar/2024:09:00:00 +0000 \"GET / HTTP/1.1\" 200 1",
            "198.51.100.1 - - [05/Mar/2024:09:00:00 +0000] GET / HTTP/1.1 200 1",
            "198.51.100.1 - - [05/Mar/2024:09:00:00 +0000] \"GET / HTTP/1.1 200 1",
            "198.51.100.1 - - [05/Mar/2024:09:00:00 +0000] \"GET / HTTP/1.1\" OK 1",
            "",
            "[05/Mar/2024:09:00:00 +0000] \"GET / HTTP/1.1\" 200 1",
            "198.51.100.1 - - [not a time] \"GET /go/spring-2024/whos-in-charge/ HTTP/1.1\" 200 1 \"-\" \"Mozilla/5.0 (X11)\"",
            Combined.Line("/go/spring-2024/whos-in-charge/", 60, "198.51.100.2"));

        var run = scenario.Count(log);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, run.Clicks(Spring, "whos-in-charge"));
        Assert.Contains("Bad lines skipped: 7 (first 5 shown)", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{log}:2: there is no [time] field", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{log}:3: the [time] field has no closing ]", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{log}:4: the request after the time is not in quotes", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{log}:5: the request has no closing quote", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{log}:6: there is no three-digit status", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain($"{log}:8:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_request_whose_time_cannot_be_read_is_a_bad_line_not_a_click()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Log("198.51.100.1 - - [yesterday] \"GET /go/spring-2024/whos-in-charge/ HTTP/1.1\" 200 1 \"-\" \"Mozilla/5.0 (X11)\"");

        var run = scenario.Count(log);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, run.TotalClicks);
        Assert.Contains($"{log}:1: the time of this link request cannot be read", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_no_known_log_format_stops_with_advice()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Log("hello", "world", "this is a shopping list");

        var run = scenario.Count(log);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{log}: line 1: the log's format cannot be recognised", run.Errors, StringComparison.Ordinal);
        Assert.Contains("--format", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_log_is_read_as_no_requests()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Folder.Write("empty.log", "");

        var run = scenario.Count(log);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("0 lines", run.Output, StringComparison.Ordinal);
    }
}
