using Site.Clicks.Tests.Support;
using static Site.Clicks.Tests.Support.ClicksScenario;

namespace Site.Clicks.Tests;

public sealed class W3cLogTests
{
    private const string IisHeader = """
        #Software: Microsoft Internet Information Services 10.0
        #Version: 1.0
        #Date: 2024-03-05 09:00:00
        #Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken
        """;

    private const string Edge = "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/124.0.0.0+Safari/537.36+Edg/124.0.0.0";

    [Fact]
    public void An_iis_log_is_read_through_its_fields_header()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Folder.Write("u_ex240305.log", IisHeader + $"""

            2024-03-05 09:01:00 10.0.0.4 GET /go/spring-2024/whos-in-charge/ - 443 - 198.51.100.1 {Edge} - 200 0 0 15
            2024-03-05 09:20:00 10.0.0.4 GET /go/spring-2024/whos-in-charge/index.html utm=1 443 - 198.51.100.2 {Edge} - 200 0 0 12
            2024-03-05 09:40:00 10.0.0.4 GET /learning-briefs/ - 443 - 198.51.100.2 {Edge} - 200 0 0 12
            2024-03-06 08:00:00 10.0.0.4 GET /go/spring-2024/book-a-place/ - 443 - 198.51.100.2 {Edge} - 200 0 0 12

            """);

        var run = scenario.Count(log);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, run.Clicks(Spring, "whos-in-charge"));
        Assert.Equal(1, run.Clicks(Spring, "book-a-place"));
        Assert.Contains("2024-03-06", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Bad lines", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fields_header_may_change_in_the_middle_of_a_file_and_reorder_fields()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Folder.Write("u_ex240305.log", $"""
            #Fields: date time c-ip cs-method cs-uri-stem sc-status cs(User-Agent)
            2024-03-05 09:01:00 198.51.100.1 GET /go/spring-2024/whos-in-charge/ 200 {Edge}
            2024-03-05 09:02:00 198.51.100.2 GET /go/spring-2024/neglect-toolkit/ 404 {Edge}
            #Software: Microsoft Internet Information Services 10.0
            #Fields: time cs-uri-stem cs(User-Agent) sc-status date c-ip cs-method cs-uri-query time-taken
            10:00:00 /go/spring-2024/training-dates/ {Edge} 200 2024-03-05 198.51.100.3 GET - 20
            10:05:00 /go/spring-2024/training-dates/ {Edge} 200 2024-03-05 198.51.100.4 HEAD - 3
            10:09:00 /go/spring-2024/whos-in-charge/ {Edge} 200 2024-03-05 198.51.100.5 GET a=b 20

            """);

        var run = scenario.Count(log);

        Assert.Equal(2, run.Clicks(Spring, "whos-in-charge"));
        Assert.Equal(1, run.Clicks(Spring, "training-dates"));
        Assert.Equal(0, run.Clicks(Spring, "neglect-toolkit"));
        Assert.Equal(1, run.Excluded("not a GET"));
        Assert.Equal(1, run.Excluded("response was not a success"));
        Assert.DoesNotContain("Bad lines", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Spaces_written_as_plus_in_the_user_agent_still_match_crawler_names()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Folder.Write("u_ex240305.log", """
            #Fields: date time c-ip cs-method cs-uri-stem sc-status cs(User-Agent)
            2024-03-05 09:01:00 198.51.100.1 GET /go/spring-2024/whos-in-charge/ 200 Microsoft+Office+Existence+Discovery
            2024-03-05 09:02:00 198.51.100.2 GET /go/spring-2024/whos-in-charge/ 200 Mozilla/5.0+(compatible;+bingbot/2.0;++http://www.bing.com/bingbot.htm)

            """);

        var run = scenario.Count(log);

        Assert.Equal(0, run.Clicks(Spring, "whos-in-charge"));
        Assert.Equal(2, run.Excluded("automated user agent"));
    }

    [Fact]
    public void Data_lines_before_a_fields_header_or_with_the_wrong_number_of_fields_are_bad_lines()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Folder.Write("u_ex240305.log", $"""
            2024-03-05 09:01:00 198.51.100.1 GET /go/spring-2024/whos-in-charge/ 200 {Edge}
            #Fields: date time c-ip cs-method cs-uri-stem sc-status cs(User-Agent)
            2024-03-05 09:02:00 198.51.100.1 GET /go/spring-2024/whos-in-charge/ 200
            2024-03-05 09:03:00 198.51.100.1 GET /go/spring-2024/whos-in-charge/ 200 {Edge}

            """);

        var run = scenario.Count(log);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(1, run.Clicks(Spring, "whos-in-charge"));
        Assert.Contains("Bad lines skipped: 2", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{log}:1: a data line comes before any #Fields: header", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{log}:3: the line has 6 fields but the #Fields: header lists 7", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Tab_separated_w3c_logs_with_the_date_only_in_a_directive_are_read()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Folder.Write("cloudfront.log", "#Version: 1.0\n#Date: 2024-03-07 00:00:00\n#Fields: time\tc-ip\tcs-method\tcs-uri-stem\tsc-status\tcs(User-Agent)\n"
            + "09:01:00\t198.51.100.1\tGET\t/go/spring-2024/neglect-toolkit/\t200\tMozilla/5.0%20(Macintosh)\n");

        var run = scenario.Count(log);

        Assert.Equal(1, run.Clicks(Spring, "neglect-toolkit"));
        Assert.Contains("2024-03-07", run.Output, StringComparison.Ordinal);
    }
}
