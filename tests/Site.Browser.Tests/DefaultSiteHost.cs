using System.Net;
using System.Net.Sockets;
using Site.Cli.Preview;
using Site.Generator.Build;

namespace Site.Browser.Tests;

/// <summary>
/// The default site, built once into a temporary folder and served on 127.0.0.1 the way a static host
/// serves it, with one Chromium shared by every test of the suite.
/// </summary>
public sealed class DefaultSiteHost : IAsyncLifetime
{
    private readonly BrowserFixture _browser = new();
    private PreviewServer? _server;

    public string Output { get; } = Path.Combine(Path.GetTempPath(), "browser-site-" + Guid.NewGuid().ToString("N")[..12]);

    public Uri BaseUrl { get; private set; } = default!;

    public Microsoft.Playwright.IBrowser Browser => _browser.Browser;

    /// <summary>Every HTML page a reader can reach (not tracked-link or email files), as site paths.</summary>
    public IReadOnlyList<string> Pages { get; private set; } = [];

    public static string RepositoryRoot { get; } = FindRoot();

    public async Task InitializeAsync()
    {
        var result = new SiteBuilder(new BuildOptions
        {
            ContentDirectory = Path.Combine(RepositoryRoot, "content"),
            OutputDirectory = Output,
        }).Build();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The default site did not build:\n" + string.Join('\n', result.Diagnostics));
        }

        Pages = Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Where(p => !p.StartsWith("/go/", StringComparison.Ordinal) && !p.EndsWith("/email.html", StringComparison.Ordinal))
            .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal)
            .ToList();

        var port = FreePort();
        _server = new PreviewServer(Output, port, "127.0.0.1");
        await _server.StartAsync();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        await _browser.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }

    /// <summary>A fresh browser context at a width, failing on any request that leaves 127.0.0.1.</summary>
    public async Task<(Microsoft.Playwright.IBrowserContext Context, List<string> Offsite)> NewContextAsync(int width, int height = 900)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, BaseURL = BaseUrl.ToString() });
        var offsite = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Host == BaseUrl.Host && url.Port == BaseUrl.Port)
            {
                await route.ContinueAsync();
                return;
            }

            lock (offsite)
            {
                offsite.Add(route.Request.Url);
            }

            // A navigation away (Exit this page) is answered locally; nothing leaves the machine.
            await route.FulfillAsync(new() { Status = 200, ContentType = "text/html", Body = "<!DOCTYPE html><title>Elsewhere</title>" });
        });
        return (context, offsite);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Site.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests must run inside the repository.");
    }
}

/// <summary>The browser tests of the default site share one build, one server and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class DefaultSiteCollection : ICollectionFixture<DefaultSiteHost>
{
    public const string Name = "Default site in Chromium";
}
