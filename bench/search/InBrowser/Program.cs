// Measures, in Chromium, how long the search page takes from navigation to the first query's
// results on the built default site: index download, lunr.Index.load and the query together.
// Usage: dotnet run -c Release --project bench/search/InBrowser -- SITE_FOLDER [RUNS]
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using Site.Cli.Preview;

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
    Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

// Timestamps are taken inside the page, so Playwright's polling adds nothing: a MutationObserver notes
// when the first result link appears, and the resource timings give the downloads.
const string observeResults = """
    (() => {
      new MutationObserver((changes, observer) => {
        const results = document.getElementById('search-results');
        if (results && results.querySelector('a')) {
          window.firstResultsAt = performance.now();
          observer.disconnect();
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
    await page.GotoAsync($"http://127.0.0.1:{port}/search/?q=neglect", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
    await page.WaitForFunctionAsync("() => window.firstResultsAt !== undefined");
    var times = await page.EvaluateAsync<double[]>(readTimings);
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
