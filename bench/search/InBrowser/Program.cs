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

var samples = new List<double>();
for (var i = 0; i < runs; i++)
{
    // A new context each time: nothing cached, as for a first visit.
    await using var context = await browser.NewContextAsync();
    var page = await context.NewPageAsync();
    await page.GotoAsync($"http://127.0.0.1:{port}/search/?q=neglect", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
    await page.WaitForFunctionAsync("() => document.querySelectorAll('#search-results a').length > 0");
    var ms = await page.EvaluateAsync<double>("() => performance.now()");
    var index = await page.EvaluateAsync<double>(
        "() => { const r = performance.getEntriesByType('resource').find(e => e.name.endsWith('lunr-index.json')); return r ? r.responseEnd - r.startTime : -1; }");
    var start = await page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd");
    samples.Add(ms - start);
    Console.WriteLine($"run {i + 1}: results {ms - start:0} ms after DOMContentLoaded (index download {index:0} ms), {ms:0} ms after navigation start");
}

samples.Sort();
Console.WriteLine($"median: {samples[samples.Count / 2]:0} ms from DOMContentLoaded to the first results (index download, load and query)");
