// Measures, in Chromium, how long the search page takes from navigation to the first query's
// results on the built default site: index download, lunr.Index.load and the query together.
// Usage: dotnet run -c Release --project bench/search/InBrowser -- SITE_FOLDER [RUNS] [--trace PREFIX] [--profile PREFIX]
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using Site.Cli.Preview;

// --trace PREFIX writes a Chromium performance trace of each run to PREFIX-N.json (summed up by
// bench/search/trace-summary.js, or open it in DevTools' Performance panel); --profile PREFIX writes a
// JavaScript CPU profile of each run to PREFIX-N.cpuprofile. Both slow the page down: time without them.
string? tracePrefix = null;
string? profilePrefix = null;
while (args.Length > 1 && args[^2] is "--trace" or "--profile")
{
    if (args[^2] == "--trace")
    {
        tracePrefix = args[^1];
    }
    else
    {
        profilePrefix = args[^1];
    }

    args = args[..^2];
}

var site = args.Length > 0 ? args[0] : "output";
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
int port;
using (var probe = new TcpListener(IPAddress.Loopback, 0))
{
    probe.Start();
    port = ((IPEndPoint)probe.LocalEndpoint).Port;
}

await using var server = new PreviewServer(site, port, "127.0.0.1");
await server.StartAsync();
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
    // Without the last flag, each new context's window also starts a renderer for the address bar's
    // pop-up, which in most runs took 10-50 ms of CPU from the page while the search was being measured.
    Args =
    [
        "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup",
    ],
});

// Timestamps are taken inside the page, so Playwright's polling adds nothing: a MutationObserver notes
// when the first result link appears, and the resource timings give the downloads. The observer then
// says so on the console, which the harness hears without running anything in the page: waiting with
// WaitForFunctionAsync injected Playwright's own script into the page while the search was still at
// work, adding 13–17 ms of the page's main thread to the slower runs.
const string observeResults = """
    (() => {
      new MutationObserver((changes, observer) => {
        const results = document.getElementById('search-results');
        if (results && results.querySelector('a')) {
          window.firstResultsAt = performance.now();
          observer.disconnect();
          console.log('search-results-in-page');
        }
      }).observe(document, { childList: true, subtree: true });
    })();
    """;
// Every time is in milliseconds after the page's HTML arrived (the navigation's responseEnd).
const string readTimings = """
    () => {
      const navigation = performance.getEntriesByType('navigation')[0];
      const resource = suffix => performance.getEntriesByType('resource').find(e => e.name.endsWith(suffix));
      const index = resource('lunr-index.json');
      const documents = resource('documents.json');
      const mark = name => performance.getEntriesByName(name)[0].startTime;
      const times = [
        index.startTime, Math.max(index.responseEnd, documents.responseEnd), navigation.domContentLoadedEventEnd,
        mark('search-start'), mark('search-index-parsed'), mark('search-index-loaded'), mark('search-first-results'),
        window.firstResultsAt];
      return times.map(t => t - navigation.responseEnd);
    }
    """;
string[] columns = ["index requested", "downloads done", "DOMContentLoaded", "search.js starts", "JSON parsed", "lunr loaded", "results built", "results in page"];

var samples = new List<double[]>();
Console.WriteLine(string.Join(" | ", ["run", .. columns]));
for (var i = 0; i < runs; i++)
{
    // A new context each time: nothing cached, as for a first visit.
    await using var context = await browser.NewContextAsync();
    await context.AddInitScriptAsync(observeResults);
    var page = await context.NewPageAsync();
    var trace = tracePrefix is null ? null : await StartTraceAsync(context, page);
    var profiler = profilePrefix is null ? null : await context.NewCDPSessionAsync(page);
    if (profiler is not null)
    {
        await profiler.SendAsync("Profiler.enable");
        await profiler.SendAsync("Profiler.setSamplingInterval", new() { ["interval"] = 100 });
        await profiler.SendAsync("Profiler.start");
    }

    var resultsInPage = page.WaitForConsoleMessageAsync(new() { Predicate = m => m.Text == "search-results-in-page" });
    await page.GotoAsync($"http://127.0.0.1:{port}/search/?q=neglect", new() { WaitUntil = WaitUntilState.Commit });
    await resultsInPage;
    var times = await page.EvaluateAsync<double[]>(readTimings);
    if (trace is not null)
    {
        await File.WriteAllTextAsync($"{tracePrefix}-{i + 1}.json", await trace.StopAsync());
    }

    if (profiler is not null)
    {
        var profile = await profiler.SendAsync("Profiler.stop");
        await File.WriteAllTextAsync($"{profilePrefix}-{i + 1}.cpuprofile", profile!.Value.GetProperty("profile").GetRawText());
    }

    samples.Add(times);
    Console.WriteLine(string.Join(" | ", [(i + 1).ToString(CultureInfo.InvariantCulture), .. times.Select(Ms)]));
}

var medians = Enumerable.Range(0, columns.Length).Select(c => Median(samples.Select(s => s[c]))).ToArray();
Console.WriteLine(string.Join(" | ", ["median", .. medians.Select(Ms)]));
var searchOwn = Median(samples.Select(s => s[7] - s[3]));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"median from search.js starting to results in the page (index download, load and first query): {searchOwn:0} ms"));

static string Ms(double value) => value.ToString("0", CultureInfo.InvariantCulture);

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    return sorted[sorted.Count / 2];
}

static async Task<Trace> StartTraceAsync(IBrowserContext context, IPage page)
{
    var session = await context.NewCDPSessionAsync(page);
    var trace = new Trace(session);
    await session.SendAsync("Tracing.start", new()
    {
        ["transferMode"] = "ReportEvents",
        ["traceConfig"] = new Dictionary<string, object>
        {
            ["includedCategories"] = new[]
            {
                "devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing", "loading", "v8",
                "v8.execute", "blink", "toplevel",
            },
        },
    });
    return trace;
}

/// <summary>A Chromium trace being recorded through the DevTools protocol, in the JSON trace event format.</summary>
sealed class Trace
{
    private readonly ICDPSession _session;
    private readonly List<string> _events = [];
    private readonly TaskCompletionSource _complete = new();

    public Trace(ICDPSession session)
    {
        _session = session;
        session.Event("Tracing.dataCollected").OnEvent += (_, data) =>
        {
            foreach (var e in data!.Value.GetProperty("value").EnumerateArray())
            {
                _events.Add(e.GetRawText());
            }
        };
        session.Event("Tracing.tracingComplete").OnEvent += (_, _) => _complete.TrySetResult();
    }

    public async Task<string> StopAsync()
    {
        await _session.SendAsync("Tracing.end");
        await _complete.Task;
        return "{\"traceEvents\":[" + string.Join(",\n", _events) + "]}";
    }
}
