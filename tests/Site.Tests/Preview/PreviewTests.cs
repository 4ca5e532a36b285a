using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Site.Cli.Preview;
using Site.Generator.Build;
using Site.Tests.Support;

namespace Site.Tests.Preview;

public sealed class PreviewTests
{
    [Fact]
    public async Task The_preview_command_stops_cleanly_when_terminated()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["about.md"] = "---\ntitle: About us\n---\nWords.\n" });
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "site.dll"), "preview", "--content", site.Content, "--output", site.Output, "--port", port.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var preview = Process.Start(start)!;
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://localhost:{port}/"), Timeout = TimeSpan.FromSeconds(2) };
            for (var i = 0; i < 600 && !await Serves(http, "about/"); i++)
            {
                await Task.Delay(100);
            }

            Assert.True(await Serves(http, "about/"), "preview did not serve the site within a minute");

            // What a service manager or `kill` sends.
            using (var kill = Process.Start("kill", ["-TERM", preview.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            Assert.True(preview.WaitForExit(TimeSpan.FromSeconds(20)), "preview was still running 20 s after SIGTERM");
            Assert.Equal(0, preview.ExitCode);
        }
        finally
        {
            if (!preview.HasExited)
            {
                preview.Kill();
            }
        }
    }

    [Fact]
    public async Task Preview_serves_the_site_like_a_static_host_and_rebuilds_when_content_changes()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["about.md"] = "---\ntitle: About us\n---\nFirst words.\n" });
        var options = new BuildOptions { ContentDirectory = site.Content, OutputDirectory = site.Output };
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        await using var session = new PreviewSession(options, TextWriter.Synchronized(stdout), TextWriter.Synchronized(stderr));
        var port = FreePort();
        Assert.True(await session.StartAsync(port, "127.0.0.1"), stderr.ToString());
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };

        Assert.Contains("First words.", await http.GetStringAsync("about/"), StringComparison.Ordinal);
        var missing = await http.GetAsync("no-such-page/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var folder = await http.GetAsync("about");
        Assert.Equal(HttpStatusCode.MovedPermanently, folder.StatusCode);
        Assert.Equal("/about/", folder.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("..%2f..%2f..%2fetc/passwd")).StatusCode);

        var builds = session.Builds;
        site.Write("about.md", "---\ntitle: About us\n---\nSecond words.\n");
        await WaitUntil(() => session.Builds > builds);
        Assert.Contains("Second words.", await http.GetStringAsync("about/"), StringComparison.Ordinal);

        builds = session.Builds;
        site.Write("about.md", "---\ntitle: About us\ndate: 2024-99-01\n---\nBroken.\n");
        await WaitUntil(() => session.Builds > builds);
        Assert.Contains("Second words.", await http.GetStringAsync("about/"), StringComparison.Ordinal);
        Assert.Contains("not a real date", stderr.ToString(), StringComparison.Ordinal);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition(), "The preview did not rebuild within 30 seconds.");
    }

    private static async Task<bool> Serves(HttpClient http, string path)
    {
        try
        {
            return (await http.GetAsync(path)).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
