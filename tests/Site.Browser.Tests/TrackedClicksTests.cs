using Microsoft.Playwright;
using Site.Clicks;
using Site.Clicks.Tests.Support;

namespace Site.Browser.Tests;

/// <summary>
/// Newsletter click counting end to end: the default site served by a real nginx, tracked links
/// followed by an HTTP client and by Chromium, noise that must not count, then <c>clicks</c> over
/// nginx's access log.
/// </summary>
[Collection(DefaultSiteCollection.Name)]
public sealed class TrackedClicksTests(DefaultSiteHost site)
{
    private const string Newsletter = "december-2023";
    private const string Reader = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36";

    [Fact]
    public async Task Clicks_counts_exactly_the_people_who_followed_tracked_links()
    {
        await using var nginx = await NginxServer.StartAsync(site.Output);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = nginx.BaseAddress };
        var brief = $"go/{Newsletter}/whos-in-charge/";
        var childline = $"go/{Newsletter}/childline/";

        // Three readers with different browsers click the brief; one of them also clicks Childline a minute later.
        for (var i = 1; i <= 3; i++)
        {
            var page = await Get(http, brief, $"{Reader} Reader/{i}");
            Assert.Contains("http-equiv=\"refresh\"", page, StringComparison.Ordinal);
        }

        await Get(http, childline, $"{Reader} Reader/1");

        // Noise: HEAD requests, a crawler, and a link that does not exist.
        using (var head = new HttpRequestMessage(HttpMethod.Head, brief))
        {
            head.Headers.UserAgent.ParseAdd(Reader);
            Assert.True((await http.SendAsync(head)).IsSuccessStatusCode);
        }

        await Get(http, brief, "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
        using (var missing = new HttpRequestMessage(HttpMethod.Get, $"go/{Newsletter}/no-such-link/"))
        {
            Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.SendAsync(missing)).StatusCode);
        }

        // A fourth reader in a real browser: the page refreshes to the target, which is answered locally.
        await using (var context = await site.Browser.NewContextAsync(new() { UserAgent = $"{Reader} Reader/4" }))
        {
            var target = "";
            await context.RouteAsync("https://safeguardingsolihull.org.uk/**", async route =>
            {
                target = route.Request.Url;
                await route.FulfillAsync(new() { Status = 200, ContentType = "text/html", Body = "<!DOCTYPE html><title>Brief</title>" });
            });
            var tab = await context.NewPageAsync();
            await tab.GotoAsync(new Uri(nginx.BaseAddress, brief).ToString());
            // The redirect is what is tested: reaching the target's address is enough, not its load.
            await tab.WaitForURLAsync("https://safeguardingsolihull.org.uk/**", new() { WaitUntil = WaitUntilState.Commit });
            Assert.Contains("utm_campaign=december-2023", target, StringComparison.Ordinal);
            Assert.Contains("utm_content=whos-in-charge", target, StringComparison.Ordinal);
        }

        await nginx.StopAsync();
        var csv = Path.Combine(Path.GetTempPath(), $"clicks-{Guid.NewGuid():N}.csv");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = ClicksProgram.Run(["--log", nginx.AccessLog, "--site", site.Output, "--csv", csv], stdout, stderr);

        Assert.True(code == 0, stderr.ToString());
        var rows = File.ReadAllLines(csv).Skip(1).Select(Row).ToDictionary(r => (r.Newsletter, r.Link));
        File.Delete(csv);
        Assert.Equal((4, 4), rows[(Newsletter, "whos-in-charge")].Counts);
        Assert.Equal((1, 1), rows[(Newsletter, "childline")].Counts);
        Assert.DoesNotContain(rows.Keys, k => k.Link == "no-such-link" && rows[k].Counts.Clicks > 0);
    }

    private static async Task<string> Get(HttpClient http, string path, string userAgent)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.UserAgent.ParseAdd(userAgent);
        using var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    private static (string Newsletter, string Link, (int Clicks, int Unique) Counts) Row(string line)
    {
        var header = new[] { "newsletter", "section", "link", "text", "clicks", "unique" };
        var cells = SplitCsv(line);
        return (cells[Array.IndexOf(header, "newsletter")], cells[Array.IndexOf(header, "link")],
            (int.Parse(cells[Array.IndexOf(header, "clicks")], System.Globalization.CultureInfo.InvariantCulture),
             int.Parse(cells[Array.IndexOf(header, "unique")], System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static List<string> SplitCsv(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
