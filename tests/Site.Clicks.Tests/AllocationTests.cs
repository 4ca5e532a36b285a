using System.Text;
using Site.Clicks.Counting;
using Site.Clicks.Reading;
using Site.Clicks.Tests.Support;

namespace Site.Clicks.Tests;

public sealed class AllocationTests
{
    [Fact]
    public void Lines_that_are_not_clicks_are_read_without_allocating()
    {
        var log = Encoding.UTF8.GetBytes(string.Join("\n", Enumerable.Range(0, 20_000).Select(i =>
            Combined.Line(i % 3 == 0 ? "/learning-briefs/" : "/theme/site.css?v=" + i, i, $"198.51.{i % 250}.{i % 200}"))) + "\n");
        var parser = new CombinedLogParser();
        var counter = new ClickCounter(BurstRule.Default, _ => 0);
        ReadAll(log, parser, counter);

        var before = GC.GetAllocatedBytesForCurrentThread();
        using var reader = new LogLineReader(new MemoryStream(log));
        var afterSetup = GC.GetAllocatedBytesForCurrentThread();
        while (reader.TryReadLine(out var line))
        {
            if (parser.Parse(line, out var request, out _) == LineKind.Request)
            {
                counter.Observe(parser, request, "access.log", reader.LineNumber);
            }
        }

        var perLine = (GC.GetAllocatedBytesForCurrentThread() - afterSetup) / 20_000.0;
        Assert.True(afterSetup > before, "the reader's buffer should be the only allocation");
        Assert.True(perLine < 0.5, $"{perLine:F2} bytes allocated per line");
        Assert.Equal(40_000, counter.Totals.Requests);
    }

    private static void ReadAll(byte[] log, CombinedLogParser parser, ClickCounter counter)
    {
        using var reader = new LogLineReader(new MemoryStream(log));
        while (reader.TryReadLine(out var line))
        {
            if (parser.Parse(line, out var request, out _) == LineKind.Request)
            {
                counter.Observe(parser, request, "access.log", reader.LineNumber);
            }
        }
    }
}
