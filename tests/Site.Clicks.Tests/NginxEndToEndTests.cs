using System.Net;
using System.Text.Json;
using Site.Clicks.Tests.Support;

namespace Site.Clicks.Tests;

/// <summary>
/// Serves link pages from a real nginx, makes requests a newsletter's readers, a crawler and a mail
/// gateway would make, and counts nginx's own access log.
/// </summary>
public sealed class NginxEndToEndTests
{
    private const string Newsletter = "spring-2024";
    private const string Chrome = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";
    private const string Safari = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
    private const string Firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0";
    private const string Gateway = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/90.0.4430.212 Safari/537.36";
    private const string Crawler = "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)";

    private static readonly string[] Links = ["whos-in-charge", "neglect-toolkit", "training-dates", "book-a-place"];

    [Fact]
    public async Task Clicks_in_a_real_nginx_access_log_are_counted_exactly()
    {
        using var folder = new TempFolder();
        var site = folder.File("site");
        WriteSite(site);
        await using var nginx = await NginxServer.StartAsync(site);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = nginx.BaseAddress };

        // Readers: Chrome opens one link twice and another once; Safari arrives through the index page
        // with a campaign query; Firefox leaves off the final slash (redirected), then follows it.
        await Expect(HttpStatusCode.OK, http, HttpMethod.Get, "/go/spring-2024/whos-in-charge/", Chrome);
        await Expect(HttpStatusCode.OK, http, HttpMethod.Get, "/go/spring-2024/whos-in-charge/", Chrome);
        await Expect(HttpStatusCode.OK, http, HttpMethod.Get, "/go/spring-2024/training-dates/", Chrome);
        await Expect(HttpStatusCode.OK, http, HttpMethod.Get, "/go/spring-2024/whos-in-charge/index.html?utm_source=email", Safari);
        await Expect(HttpStatusCode.MovedPermanently, http, HttpMethod.Get, "/go/spring-2024/neglect-toolkit", Firefox);
        await Expect(HttpStatusCode.OK, http, HttpMethod.Get, "/go/spring-2024/neglect-toolkit/", Firefox);

        // Not clicks: link checks by HEAD, a crawler, a link that does not exist, an ordinary page,
        // and a mail gateway fetching every link at once.
        await Expect(HttpStatusCode.OK, http, HttpMethod.Head, "/go/spring-2024/whos-in-charge/", Chrome);
        await Expect(HttpStatusCode.OK, http, HttpMethod.Head, "/go/spring-2024/book-a-place/", Chrome);
        await Expect(HttpStatusCode.OK, http, HttpMethod.Get, "/go/spring-2024/whos-in-charge/", Crawler);
        await Expect(HttpStatusCode.NotFound, http, HttpMethod.Get, "/go/spring-2024/no-such-link/", Chrome);
        await Expect(HttpStatusCode.OK, http, HttpMethod.Get, "/", Chrome);
        foreach (var link in Links)
        {
            await Expect(HttpStatusCode.OK, http, HttpMethod.Get, $"/go/spring-2024/{link}/", Gateway);
        }

        await nginx.StopAsync();
        var csv = folder.File("clicks.csv");
        var report = folder.File("report");
        var run = ClicksRun.Of(["--log", nginx.AccessLog, "--site", site, "--csv", csv, "--report", report], csv);

        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.Equal(
            [
                new LinkRow(Newsletter, "news", "whos-in-charge", "Who's in charge?", 3, 2),
                new LinkRow(Newsletter, "news", "neglect-toolkit", "Neglect toolkit", 1, 1),
                new LinkRow(Newsletter, "training", "training-dates", "Training dates", 1, 1),
                new LinkRow(Newsletter, "training", "book-a-place", "Book a place", 0, 0),
            ],
            run.Rows);
        Assert.Contains("Read 1 log file: 15 lines, 15 requests, 14 for newsletter link pages.", run.Output, StringComparison.Ordinal);
        Assert.Contains("Counted 5 clicks. Left out 9:", run.Output, StringComparison.Ordinal);
        Assert.Equal(2, run.Excluded("not a GET"));
        Assert.Equal(2, run.Excluded("response was not a success"));
        Assert.Equal(1, run.Excluded("automated user agent"));
        Assert.Equal(4, run.Excluded("burst"));
        Assert.DoesNotContain("Bad lines", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(report, "newsletter-spring-2024.html")));
    }

    private static async Task Expect(HttpStatusCode status, HttpClient http, HttpMethod method, string path, string agent)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.UserAgent.ParseAdd(agent);
        using var response = await http.SendAsync(request);
        Assert.Equal(status, response.StatusCode);
    }

    /// <summary>What the generator publishes for a newsletter: link pages and the link list.</summary>
    private static void WriteSite(string site)
    {
        Directory.CreateDirectory(site);
        File.WriteAllText(Path.Combine(site, "index.html"), "<!DOCTYPE html><title>Home</title><p>Home</p>");
        var texts = new[] { "Who's in charge?", "Neglect toolkit", "Training dates", "Book a place" };
        var sections = new[] { "news", "news", "training", "training" };
        var entries = new List<object>();
        for (var i = 0; i < Links.Length; i++)
        {
            var target = $"https://www.example.org/{Links[i]}/";
            var page = Path.Combine(site, "go", Newsletter, Links[i]);
            Directory.CreateDirectory(page);
            File.WriteAllText(Path.Combine(page, "index.html"), $"""
                <!DOCTYPE html>
                <html lang="en-GB"><head><meta charset="utf-8"><meta name="robots" content="noindex">
                <meta http-equiv="refresh" content="0; url={target}"><title>{texts[i]}</title></head>
                <body><p><a href="{target}">Continue to {texts[i]}</a></p></body></html>
                """);
            entries.Add(new { id = Links[i], text = texts[i], section = sections[i], sectionTitle = sections[i] == "news" ? "News" : "Training", target, position = i + 1 });
        }

        var list = Path.Combine(site, "newsletters", Newsletter);
        Directory.CreateDirectory(list);
        File.WriteAllText(Path.Combine(list, "links.json"), JsonSerializer.Serialize(entries));
    }
}
