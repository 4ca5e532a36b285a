using System.Collections.Concurrent;
using System.Text;

namespace Site.Generator.Build;

/// <summary>
/// The files a build will publish, gathered in memory from parallel steps and written in one go
/// once the build has succeeded. Paths are site paths without the leading slash.
/// </summary>
public sealed class OutputSet
{
    private readonly ConcurrentDictionary<string, OutputFile> _files = new(StringComparer.Ordinal);

    public void Add(string path, string text) => Add(new OutputFile(Relative(path), Encoding.UTF8.GetBytes(text), null));

    public void Add(string path, byte[] bytes) => Add(new OutputFile(Relative(path), bytes, null));

    /// <summary>A file copied from disk as it is (downloads, images, theme assets).</summary>
    public void Copy(string path, string sourceFile) => Add(new OutputFile(Relative(path), null, sourceFile));

    public bool Contains(string path) => _files.ContainsKey(Relative(path));

    public IReadOnlyCollection<OutputFile> Files => (IReadOnlyCollection<OutputFile>)_files.Values;

    public byte[]? Read(string path) =>
        _files.TryGetValue(Relative(path), out var file) ? file.Bytes ?? File.ReadAllBytes(file.SourceFile!) : null;

    // Paths are stored without the leading slash: the writer combines them with the output folder,
    // where "/assets/…" would be an absolute path outside it.
    private static string Relative(string path) => path.TrimStart('/');

    private void Add(OutputFile file)
    {
        if (!_files.TryAdd(file.Path, file))
        {
            throw new InvalidOperationException($"Two outputs were planned for /{file.Path}.");
        }
    }
}

/// <summary>One published file: its bytes, or the source file it is copied from.</summary>
public sealed record OutputFile(string Path, byte[]? Bytes, string? SourceFile);
