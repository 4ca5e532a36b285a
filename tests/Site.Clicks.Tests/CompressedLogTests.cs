using Site.Clicks.Tests.Support;
using static Site.Clicks.Tests.Support.ClicksScenario;

namespace Site.Clicks.Tests;

public sealed class CompressedLogTests
{
    [Fact]
    public void A_gzip_log_is_read_whatever_its_name()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Folder.WriteGzip("access.log.1", string.Join("\n",
            Combined.Line("/go/spring-2024/whos-in-charge/", 0, "198.51.100.1"),
            Combined.Line("/go/spring-2024/whos-in-charge/", 100, "198.51.100.2")) + "\n");

        var run = scenario.Count(log);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, run.Clicks(Spring, "whos-in-charge"));
    }

    [Fact]
    public void The_format_of_a_compressed_log_is_recognised_from_its_content()
    {
        using var scenario = WithSpringNewsletter();
        var w3c = scenario.Folder.WriteGzip("u_ex240305.log.gz", "#Fields: date time c-ip cs-method cs-uri-stem sc-status cs(User-Agent)\n2024-03-05 09:01:00 198.51.100.1 GET /go/spring-2024/training-dates/ 200 Mozilla/5.0+(X11)\n");
        var csv = scenario.Folder.WriteGzip("export.csv.gz", "path,time\n/go/spring-2024/training-dates/,2024-03-05T10:00:00Z\n");
        var combined = scenario.Folder.Write("access.log", Combined.Line("/go/spring-2024/training-dates/", 7200, "198.51.100.3") + "\n");

        var run = scenario.Count([w3c, csv, combined]);

        Assert.Equal(3, run.Clicks(Spring, "training-dates"));
        Assert.Contains("Read 3 log files", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_gzip_log_stops_with_the_file_name()
    {
        using var scenario = WithSpringNewsletter();
        var lines = Enumerable.Range(0, 2000).Select(i => Combined.Line("/page/" + i, i, $"198.51.{i % 200}.{i % 250}"));
        var log = scenario.Folder.WriteGzip("access.log.gz", string.Join("\n", lines));
        var bytes = File.ReadAllBytes(log);
        for (var i = bytes.Length / 2; i < bytes.Length / 2 + 64; i++)
        {
            bytes[i] ^= 0x5A;
        }

        File.WriteAllBytes(log, bytes);

        var run = scenario.Count(log);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"clicks: {log}: the compressed data is damaged", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_log_in_an_unsupported_compression_says_how_to_decompress_it()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Folder.File("access.log.zst");
        File.WriteAllBytes(log, [0x28, 0xB5, 0x2F, 0xFD, 0x00, 0x01, 0x02, 0x03]);

        var run = scenario.Count(log);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{log}: this log is compressed with zstd", run.Errors, StringComparison.Ordinal);
        Assert.Contains("zstd -d", run.Errors, StringComparison.Ordinal);
    }
}
