using System.Diagnostics;
using Site.Cli.Commands;
using Site.Generator.Build;

namespace Site.Cli.Preview;

/// <summary>
/// A running preview: the site built once, served on localhost, and rebuilt after each burst of
/// changes under the content folder. A failed rebuild leaves the last good site being served.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    private readonly BuildOptions _options;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly Lock _gate = new();
    private ContentWatcher? _watcher;
    private PreviewServer? _server;

    public PreviewSession(BuildOptions options, TextWriter stdout, TextWriter stderr)
    {
        _options = options;
        _stdout = stdout;
        _stderr = stderr;
    }

    /// <summary>How many builds have finished, successful or not; tests wait on it.</summary>
    public int Builds { get; private set; }

    /// <summary>Builds and starts serving; false when the first build failed and there is nothing to serve.</summary>
    public async Task<bool> StartAsync(int port, string host = "localhost")
    {
        Rebuild();
        if (!Directory.Exists(_options.OutputDirectory))
        {
            return false;
        }

        _watcher = new ContentWatcher(_options.ContentDirectory, TimeSpan.FromMilliseconds(250), Rebuild);
        _server = new PreviewServer(_options.OutputDirectory, port, host);
        await _server.StartAsync();
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private void Rebuild()
    {
        lock (_gate)
        {
            var clock = Stopwatch.StartNew();
            var options = _options with { Today = DateOnly.FromDateTime(DateTime.Now) };
            BuildCommand.Report(new SiteBuilder(options).Build(), options, clock.Elapsed, false, _stdout, _stderr);
            Builds++;
        }
    }
}
