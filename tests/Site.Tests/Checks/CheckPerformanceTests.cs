using System.Diagnostics;
using System.Text;
using AngleSharp.Html.Parser;
using Site.Generator.Checks;
using Site.Tests.Support;
using Xunit.Abstractions;
using static Site.Tests.Checks.CheckedSite;

namespace Site.Tests.Checks;

/// <summary>
/// The checks over 4,000 pages: real theme chrome around synthetic content (headings, lists, a table,
/// an image, links and fragment links to other pages), each parsed once before the clock starts.
/// At this scale the link and fragment indexes must still resolve every cross-page link. The time
/// taken is written to the test output for docs/CHECKS.md; it is not asserted, since speed is
/// judged by benchmarks on a quiet machine, not by a test on a shared one.
/// </summary>
public sealed class CheckPerformanceTests(ITestOutputHelper output)
{
    public const int PageCount = 4000;

    [Fact]
    public void Checking_4000_pages_resolves_every_link_between_them()
    {
        using var site = With("guides/template.md", Page("Template", "Intro.\n"), ("files/chart.png", "x"));
        var shell = File.ReadAllText(Path.Combine(site.Files.Output, "guides", "template", "index.html"));
        var paths = new HashSet<string>(Directory.GetFiles(site.Files.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Files.Output, f).Replace('\\', '/')), StringComparer.Ordinal);
        var parser = new HtmlParser();
        var pages = new List<CheckedPage>(PageCount);
        for (var i = 0; i < PageCount; i++)
        {
            var path = $"guides/g{i}/index.html";
            paths.Add(path);
            pages.Add(new CheckedPage($"/guides/g{i}/", path, parser.ParseDocument(WithContent(shell, i)), null, []));
        }

        var checkSite = new CheckSite { OutputPaths = paths, Today = TestSite.Today };
        var cold = Measure(() => SiteChecks.Run(pages, checkSite));
        var warm = Measure(() => SiteChecks.Run(pages, checkSite));

        output.WriteLine($"{PageCount} pages, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        output.WriteLine($"first run:  {cold.Wall.TotalMilliseconds:0} ms wall, {cold.Cpu.TotalMilliseconds:0} ms processor time");
        output.WriteLine($"second run: {warm.Wall.TotalMilliseconds:0} ms wall, {warm.Cpu.TotalMilliseconds:0} ms processor time");
        Assert.DoesNotContain(warm.Outcome.Findings, f => f.Rule is "broken-link" or "broken-fragment");
    }

    private static (TimeSpan Wall, TimeSpan Cpu, CheckOutcome Outcome) Measure(Func<CheckOutcome> run)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var outcome = run();
        clock.Stop();
        process.Refresh();
        return (clock.Elapsed, process.TotalProcessorTime - cpu, outcome);
    }

    /// <summary>The template page with its prose replaced by a realistic body that links to other pages.</summary>
    private static string WithContent(string shell, int i)
    {
        var next = (i + 1) % PageCount;
        var other = (i * 7 + 3) % PageCount;
        var body = new StringBuilder()
            .Append($"<p>Guide {i} for practitioners. See <a href=\"/guides/g{next}/\">guide {next}</a> and <a href=\"/guides/g{other}/#part-2\">part 2 of guide {other}</a>.</p>\n")
            .Append("<h2 id=\"part-1\">Part 1</h2>\n<p>Practitioners should record the child's views, and say what a day is like for the child.</p>\n")
            .Append($"<ul>\n<li>First point with <a href=\"/guides/g{other}/#part-1\">a link</a></li>\n<li>Second point</li>\n<li>Third point</li>\n</ul>\n")
            .Append("<h2 id=\"part-2\">Part 2</h2>\n<table>\n<thead><tr><th>Agency</th><th>Referrals</th></tr></thead>\n")
            .Append($"<tbody><tr><td>Police</td><td>{i}</td></tr><tr><td>Schools</td><td>{i * 2}</td></tr></tbody>\n</table>\n")
            .Append("<h3 id=\"part-2-1\">Detail</h3>\n<p><img src=\"/files/chart.png\" alt=\"\"> More text, and <a href=\"#part-1\">back to part 1</a>.</p>\n")
            .ToString();
        var start = shell.IndexOf("<div class=\"app-prose\">", StringComparison.Ordinal);
        var end = shell.IndexOf("</div>", start, StringComparison.Ordinal);
        return shell[..start] + "<div class=\"app-prose\">" + body + shell[end..];
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
