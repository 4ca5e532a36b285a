using System.Text.Json;
using System.Text.Json.Serialization;

namespace Site.Generator.Checks.ExternalLinks;

/// <summary>
/// Results of earlier external link checks, kept in a JSON file so that a site's links are not all
/// fetched on every run. Only definite results (ok, broken) are kept; unknown ones are asked again.
/// </summary>
public sealed class LinkCache
{
    private readonly Dictionary<string, ExternalLinkResult> _entries;

    private LinkCache(Dictionary<string, ExternalLinkResult> entries) => _entries = entries;

    public int Count => _entries.Count;

    /// <summary>Reads the cache; a missing or unreadable file is an empty cache (the links are simply checked).</summary>
    public static LinkCache Load(string file)
    {
        try
        {
            if (File.Exists(file) && JsonSerializer.Deserialize(File.ReadAllBytes(file), LinkCacheJson.Default.LinkCacheFile) is { } stored)
            {
                return new LinkCache(new Dictionary<string, ExternalLinkResult>(stored.Entries, StringComparer.Ordinal));
            }
        }
        catch (JsonException)
        {
        }

        return new LinkCache(new Dictionary<string, ExternalLinkResult>(StringComparer.Ordinal));
    }

    /// <summary>A result young enough to trust, or null.</summary>
    public ExternalLinkResult? Fresh(string url, DateTimeOffset now, TimeSpan maxAge) =>
        _entries.TryGetValue(url, out var result) && now - result.CheckedAt < maxAge ? result : null;

    public void Remember(string url, ExternalLinkResult result)
    {
        if (result.Status != ExternalLinkStatus.Unknown)
        {
            _entries[url] = result;
        }
    }

    public void Save(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        var sorted = new SortedDictionary<string, ExternalLinkResult>(_entries, StringComparer.Ordinal);
        var temporary = file + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(new LinkCacheFile(1, sorted), LinkCacheJson.Default.LinkCacheFile));
        File.Move(temporary, file, overwrite: true);
    }
}

/// <summary>The cache file's shape.</summary>
public sealed record LinkCacheFile(int Version, IDictionary<string, ExternalLinkResult> Entries);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(LinkCacheFile))]
internal sealed partial class LinkCacheJson : JsonSerializerContext;
