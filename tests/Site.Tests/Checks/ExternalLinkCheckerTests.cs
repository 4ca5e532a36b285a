using Site.Generator.Checks.ExternalLinks;

namespace Site.Tests.Checks;

public sealed class ExternalLinkCheckerTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "link-cache-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly LocalWebServer _server = new();
    private readonly HttpClient _http = new();

    private ExternalLinkOptions Options => new()
    {
        CacheFile = Path.Combine(_folder, "link-cache.json"),
        PerHostDelay = TimeSpan.Zero,
        RetryDelay = TimeSpan.FromMilliseconds(20),
        Timeout = TimeSpan.FromMilliseconds(500),
    };

    [Fact]
    public async Task A_page_that_answers_is_ok_and_a_missing_one_is_broken_after_a_get()
    {
        _server.On("/ok", 200).On("/gone", 404);

        var results = await Check(Options, "/ok", "/gone");

        Assert.Equal(ExternalLinkStatus.Ok, results[_server.Url("/ok")].Status);
        Assert.Equal((ExternalLinkStatus.Broken, 404), (results[_server.Url("/gone")].Status, results[_server.Url("/gone")].HttpStatus));
        Assert.Equal(1, _server.Count("/ok", "HEAD"));
        Assert.Equal(0, _server.Count("/ok", "GET"));
        Assert.Equal(1, _server.Count("/gone", "GET"));
    }

    [Fact]
    public async Task A_server_that_refuses_head_is_asked_again_with_get()
    {
        _server.On("/no-head", (request, _) => Task.FromResult(request.HttpMethod == "HEAD" ? 405 : 200));

        var results = await Check(Options, "/no-head");

        Assert.Equal(ExternalLinkStatus.Ok, results[_server.Url("/no-head")].Status);
        Assert.Equal(1, _server.Count("/no-head", "GET"));
    }

    [Fact]
    public async Task Rate_limiting_is_unknown_not_broken_and_is_not_cached()
    {
        _server.On("/busy", 429);

        var first = await Check(Options, "/busy");
        await Check(Options, "/busy");

        Assert.Equal(ExternalLinkStatus.Unknown, first[_server.Url("/busy")].Status);
        Assert.Equal(2, _server.Count("/busy"));
    }

    [Fact]
    public async Task A_server_error_is_retried_with_backoff_until_it_answers()
    {
        // Each attempt is a HEAD then a GET; the first two attempts fail, the third succeeds.
        _server.On("/flaky", (_, before) => Task.FromResult(before < 4 ? 503 : 200));

        var results = await Check(Options, "/flaky");

        Assert.Equal(ExternalLinkStatus.Ok, results[_server.Url("/flaky")].Status);
        var times = _server.Requests.Where(r => r.Path == "/flaky").Select(r => r.At).ToList();
        Assert.Equal(5, times.Count);
        Assert.True(times[^1] - times[0] >= TimeSpan.FromMilliseconds(60), "Retries should wait 20 ms, then 40 ms.");
    }

    [Fact]
    public async Task A_page_that_never_answers_times_out_as_unknown()
    {
        _server.On("/slow", async (_, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(3));
            return 200;
        });

        var results = await Check(Options with { Retries = 0 }, "/slow");

        Assert.Equal(ExternalLinkStatus.Unknown, results[_server.Url("/slow")].Status);
        Assert.Contains("no answer", results[_server.Url("/slow")].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_are_cached_until_they_are_older_than_the_maximum_age()
    {
        _server.On("/ok", 200);
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

        await Check(Options, clock, "/ok");
        clock.Now += TimeSpan.FromDays(6);
        await Check(Options, clock, "/ok");
        clock.Now += TimeSpan.FromDays(2);
        await Check(Options, clock, "/ok");

        Assert.Equal(2, _server.Count("/ok"));
        Assert.Contains(_server.Url("/ok"), File.ReadAllText(Options.CacheFile), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skipped_hosts_are_never_asked()
    {
        _server.On("/ok", 200);

        var results = await Check(Options with { SkipHosts = new HashSet<string> { "127.0.0.1" } }, "/ok");

        Assert.Empty(results);
        Assert.Equal(0, _server.Count("/ok"));
    }

    [Fact]
    public async Task Requests_to_one_host_go_one_at_a_time_spaced_by_the_delay()
    {
        var inFlight = 0;
        var most = 0;
        for (var i = 0; i < 6; i++)
        {
            _server.On($"/page-{i}", async (_, _) =>
            {
                var now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref most, now);
                await Task.Delay(30);
                Interlocked.Decrement(ref inFlight);
                return 200;
            });
        }

        await Check(Options with { PerHostDelay = TimeSpan.FromMilliseconds(50) }, Enumerable.Range(0, 6).Select(i => $"/page-{i}").ToArray());

        var times = _server.Requests.Select(r => r.At).Order().ToList();
        Assert.Equal(1, most);
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(45)));
    }

    [Fact]
    public async Task No_more_than_four_requests_are_in_flight_across_hosts()
    {
        using var handler = new CountingHandler();
        using var http = new HttpClient(handler);
        var urls = Enumerable.Range(0, 12).Select(i => $"https://host-{i}.test/page").ToList();

        var results = await new ExternalLinkChecker(http, Options, TimeProvider.System).CheckAsync(urls);

        Assert.Equal(12, results.Count(r => r.Value.Status == ExternalLinkStatus.Ok));
        Assert.Equal(4, handler.MostInFlight);
    }

    private Task<IReadOnlyDictionary<string, ExternalLinkResult>> Check(ExternalLinkOptions options, params string[] paths) =>
        Check(options, TimeProvider.System, paths);

    private Task<IReadOnlyDictionary<string, ExternalLinkResult>> Check(ExternalLinkOptions options, TimeProvider time, params string[] paths) =>
        new ExternalLinkChecker(_http, options, time).CheckAsync(paths.Select(_server.Url));

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    public void Dispose()
    {
        _server.Dispose();
        _http.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>Answers every request in the process after a short wait, counting how many are in flight at once.</summary>
    private sealed class CountingHandler : HttpMessageHandler
    {
        private int _inFlight;
        private int _most;

        public int MostInFlight => _most;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            InterlockedMax(ref _most, Interlocked.Increment(ref _inFlight));
            await Task.Delay(50, cancellationToken);
            Interlocked.Decrement(ref _inFlight);
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK);
        }
    }

    /// <summary>A clock the test moves by hand, for cache ages.</summary>
    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
