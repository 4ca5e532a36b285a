using System.Collections.Concurrent;
using System.Text;

namespace Site.Generator.Build;

/// <summary>
/// The files a build publishes. Each is written as soon as it is made, into a staging folder beside
/// the output folder, so the build holds no finished file in memory; <see cref="Publish"/> then puts
/// the staging folder in the output folder's place in one move, and a build that fails (or throws)
/// deletes it instead, so a reader of the output folder never sees half a site. Paths are site paths
/// without the leading slash; any thread may add files.
/// </summary>
public sealed class OutputSet : IDisposable
{
    private readonly ConcurrentDictionary<string, byte> _paths = new(StringComparer.Ordinal);
    // Outputs added later in the build (the pages, the search files), with what makes each.
    private readonly ConcurrentDictionary<string, string> _planned = new(StringComparer.Ordinal);
    // Each folder is created once; a thread that finds another creating it waits for it to exist.
    private readonly ConcurrentDictionary<string, Lazy<DirectoryInfo>> _folders = new(StringComparer.Ordinal);
    private readonly string _output;
    private readonly string _staging;
    private bool _published;

    public OutputSet(string outputDirectory)
    {
        _output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(_output)!;
        _staging = Path.Combine(parent, $".{Path.GetFileName(_output)}.new-{Environment.ProcessId}");
        DeleteIfExists(_staging);
        Directory.CreateDirectory(_staging);
    }

    public void Add(string path, string text) => Add(path, Encoding.UTF8.GetBytes(text));

    public void Add(string path, byte[] bytes) => File.WriteAllBytes(Reserve(path), bytes);

    /// <summary>A file written as a stream, for outputs too large to hold twice (the search index).</summary>
    public void Add(string path, Action<Stream> write)
    {
        using var file = File.Create(Reserve(path));
        write(file);
    }

    /// <summary>A file copied from disk as it is (downloads, images, theme assets).</summary>
    public void Copy(string path, string sourceFile) => File.Copy(sourceFile, Reserve(path));

    public bool Contains(string path) => _paths.ContainsKey(Relative(path));

    /// <summary>Every path added so far, in no particular order.</summary>
    public IReadOnlyCollection<string> Paths => (IReadOnlyCollection<string>)_paths.Keys;

    /// <summary>
    /// Notes an output that will be added later in the build, and what makes it ("the page made from
    /// about.md"), so that whatever would take its place first can be told whose place it is.
    /// </summary>
    public void Plan(string path, string maker) => _planned[Relative(path)] = maker;

    /// <summary>Every path planned with <see cref="Plan"/>, in no particular order.</summary>
    public IReadOnlyCollection<string> PlannedPaths => (IReadOnlyCollection<string>)_planned.Keys;

    /// <summary>What has the path or will have it, in words for an error message; null while it is free.</summary>
    public string? OwnerOf(string path)
    {
        var relative = Relative(path);
        return _planned.TryGetValue(relative, out var maker) ? maker
            : _paths.ContainsKey(relative) ? "a file the site makes itself"
            : null;
    }

    /// <summary>Puts the staged files in the output folder's place; the previous output goes only once they are there.</summary>
    public void Publish()
    {
        var old = Path.Combine(Path.GetDirectoryName(_output)!, $".{Path.GetFileName(_output)}.old-{Environment.ProcessId}");
        DeleteIfExists(old);
        if (Directory.Exists(_output))
        {
            Directory.Move(_output, old);
        }

        Directory.Move(_staging, _output);
        _published = true;
        DeleteIfExists(old);
    }

    /// <summary>Removes the staged files unless they were published.</summary>
    public void Dispose()
    {
        if (!_published)
        {
            DeleteIfExists(_staging);
        }
    }

    /// <summary>Claims a path (two steps planning the same file is a bug) and returns where to write it.</summary>
    private string Reserve(string path)
    {
        var relative = Relative(path);
        if (!_paths.TryAdd(relative, 0))
        {
            throw new InvalidOperationException($"Two outputs were planned for /{relative}.");
        }

        var target = Path.GetFullPath(Path.Combine(_staging, relative));
        if (!target.StartsWith(_staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{relative} would be written outside the output folder.");
        }

        _ = _folders.GetOrAdd(Path.GetDirectoryName(target)!, folder => new Lazy<DirectoryInfo>(() => Directory.CreateDirectory(folder))).Value;
        return target;
    }

    // Paths are stored without the leading slash: combined with the staging folder, "/assets/…" would
    // be an absolute path outside it.
    private static string Relative(string path) => path.TrimStart('/');

    private static void DeleteIfExists(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
