using Site.Clicks.Tests.Support;
using static Site.Clicks.Tests.Support.ClicksScenario;

namespace Site.Clicks.Tests;

public sealed class CsvLogTests
{
    [Fact]
    public void A_csv_export_with_path_and_time_columns_is_read()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Folder.Write("export.csv", """
            timestamp,ip,method,path,status,user_agent
            2024-03-05T09:00:00Z,198.51.100.1,GET,/go/spring-2024/whos-in-charge/,200,"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0"
            2024-03-05T09:10:00Z,198.51.100.2,HEAD,/go/spring-2024/whos-in-charge/,200,"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0"
            2024-03-05T09:20:00Z,198.51.100.3,GET,/go/spring-2024/whos-in-charge/,200,curl/8.5.0
            2024-03-06T09:20:00+01:00,198.51.100.3,GET,/go/spring-2024/book-a-place/,200,"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/605.1.15"

            """);

        var run = scenario.Count(log);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(1, run.Clicks(Spring, "whos-in-charge"));
        Assert.Equal(1, run.Clicks(Spring, "book-a-place"));
        Assert.Equal(1, run.Excluded("not a GET"));
        Assert.Equal(1, run.Excluded("automated user agent"));
    }

    [Fact]
    public void A_request_column_semicolons_and_separate_date_and_time_columns_are_understood()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Folder.Write("export.csv", """
            Date;Time;Client IP;Request;Status code;User Agent
            2024-03-05;09:00:00;198.51.100.1;"GET /go/spring-2024/training-dates/ HTTP/1.1";200;Mozilla/5.0 (X11; Linux x86_64) Firefox/125.0
            2024-03-05;09:30:00;198.51.100.2;"HEAD /go/spring-2024/training-dates/ HTTP/1.1";200;Mozilla/5.0 (X11; Linux x86_64) Firefox/125.0
            2024-03-05;09:40:00;198.51.100.2;"GET /go/spring-2024/training-dates/ HTTP/1.1";301;Mozilla/5.0 (X11; Linux x86_64) Firefox/125.0

            """);

        var run = scenario.Count(log);

        Assert.Equal(1, run.Clicks(Spring, "training-dates"));
        Assert.Equal(1, run.Excluded("not a GET"));
        Assert.Equal(1, run.Excluded("response was not a success"));
    }

    [Fact]
    public void Absolute_urls_and_unix_times_are_accepted_and_absent_columns_are_not_required()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Folder.Write("export.csv", """
            url,time
            https://www.example.org/go/spring-2024/neglect-toolkit/?utm_medium=email,1709629200
            https://www.example.org/about/,1709629260

            """);

        var run = scenario.Count(log, "--format", "csv");

        Assert.Equal(1, run.Clicks(Spring, "neglect-toolkit"));
        Assert.Contains("2024-03-05", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_log_without_a_path_column_stops_with_the_file_and_what_to_do()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Folder.Write("export.csv", "time,status,agent\n2024-03-05T09:00:00Z,200,x\n");

        var run = scenario.Count(log, "--format", "csv");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{log}: line 1: the CSV header has no path column", run.Errors, StringComparison.Ordinal);
        Assert.Contains("time, status, agent", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_with_an_unclosed_quote_or_too_few_fields_are_bad_lines()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Folder.Write("export.csv", """
            time,path,status
            2024-03-05T09:00:00Z,"/go/spring-2024/whos-in-charge/,200
            2024-03-05T09:00:00Z
            2024-03-05T09:00:00Z,/go/spring-2024/whos-in-charge/,200

            """);

        var run = scenario.Count(log);

        Assert.Equal(1, run.Clicks(Spring, "whos-in-charge"));
        Assert.Contains($"{log}:2: a quoted field has no closing quote", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{log}:3: the row has 1 fields", run.Output, StringComparison.Ordinal);
    }
}
