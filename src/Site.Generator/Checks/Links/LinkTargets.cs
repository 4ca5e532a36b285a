using System.Collections.Concurrent;
using Site.Generator.Content;
using Site.Generator.Urls;

namespace Site.Generator.Checks.Links;

/// <summary>
/// What links can point to, known before any page is checked: every published path, and the
/// documents that exist but are not published. (Other pages' ids are settled after the pages: see
/// <see cref="BrokenFragmentRule"/>.)
/// </summary>
public sealed class LinkTargets(IReadOnlySet<string> outputPaths, IReadOnlyDictionary<string, SourceDocument> unpublished)
{
    // Every page links to the same few addresses (navigation, footer), so each is looked up once.
    private readonly ConcurrentDictionary<string, string?> _outputPaths = new(StringComparer.Ordinal);

    /// <summary>The published file a site path is served from, or null when nothing is published there.</summary>
    public string? OutputPathOf(string sitePath) => _outputPaths.GetOrAdd(sitePath, Find);

    private string? Find(string sitePath)
    {
        var path = SiteUrls.OutputFile(sitePath);
        if (outputPaths.Contains(path))
        {
            return path;
        }

        // Static hosts serve /about as /about/ (its index.html) when there is no file called "about".
        if (!sitePath.EndsWith('/') && Path.GetExtension(sitePath).Length == 0)
        {
            var folder = SiteUrls.OutputFile(sitePath + "/");
            return outputPaths.Contains(folder) ? folder : null;
        }

        return null;
    }

    /// <summary>The unpublished document at a site path (a draft or a future item), if there is one.</summary>
    public SourceDocument? UnpublishedAt(string sitePath) =>
        unpublished.GetValueOrDefault(sitePath) ?? (sitePath.EndsWith('/') ? null : unpublished.GetValueOrDefault(sitePath + "/"));
}
