namespace Site.Cli.Preview;

/// <summary>
/// Calls back once after a burst of changes under a folder settles, so saving several files (or an
/// editor's write-then-rename) causes one rebuild, not many.
/// </summary>
public sealed class ContentWatcher : IDisposable
{
    private readonly FileSystemWatcher _watcher;
    private readonly Timer _timer;

    public ContentWatcher(string folder, TimeSpan settle, Action changed)
    {
        _timer = new Timer(_ => changed(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
        FileSystemEventHandler restart = (_, _) => _timer.Change(settle, Timeout.InfiniteTimeSpan);
        _watcher.Changed += restart;
        _watcher.Created += restart;
        _watcher.Deleted += restart;
        _watcher.Renamed += (_, _) => _timer.Change(settle, Timeout.InfiniteTimeSpan);
        _watcher.EnableRaisingEvents = true;
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _timer.Dispose();
    }
}
