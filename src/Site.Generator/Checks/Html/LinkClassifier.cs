using System.Collections.Concurrent;
using Site.Generator.Urls;

namespace Site.Generator.Checks.Html;

/// <summary>
/// Sorts a URL written on a page into a <see cref="LinkKind"/>, resolving internal links to site
/// paths. The chrome repeats the same addresses on every page, so the results for addresses that do
/// not depend on the page (starting with / or a scheme) are kept for the whole run.
/// </summary>
public sealed class LinkClassifier
{
    private readonly ConcurrentDictionary<string, (LinkKind, string?, string?)> _pageIndependent = new(StringComparer.Ordinal);

    public (LinkKind Kind, string? SitePath, string? Fragment) Classify(string pageUrl, string value)
    {
        var trimmed = value.AsSpan().TrimStart();
        var independent = trimmed.Length > 0 && (trimmed[0] == '/' || SchemeOf(value.Trim()) is not null);
        return independent ? _pageIndependent.GetOrAdd(value, v => ClassifyOnce("/", v)) : ClassifyOnce(pageUrl, value);
    }

    public static (LinkKind Kind, string? SitePath, string? Fragment) ClassifyOnce(string pageUrl, string value)
    {
        var url = value.Trim();
        var scheme = SchemeOf(url);
        switch (scheme)
        {
            case "javascript":
                return (LinkKind.JavaScript, null, null);
            case "mailto":
                return (LinkKind.Mailto, null, null);
            case "tel":
                return (LinkKind.Tel, null, null);
            case "http" or "https":
                return (LinkKind.External, null, null);
            case null when url.StartsWith("//", StringComparison.Ordinal):
                return (LinkKind.External, null, null);
            case null:
                break;
            default:
                return (LinkKind.Other, null, null);
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(url[(hash + 1)..]);
        var path = SiteUrls.Resolve(pageUrl, url);
        return path is null ? (LinkKind.OutsideSiteRoot, null, fragment) : (LinkKind.Internal, path, fragment);
    }

    /// <summary>The scheme in lower case, ignoring the spaces and control characters browsers ignore; null for none.</summary>
    private static string? SchemeOf(string url)
    {
        Span<char> scheme = stackalloc char[16];
        var length = 0;
        foreach (var c in url)
        {
            if (c == ':')
            {
                return length == 0 ? null : new string(scheme[..length]);
            }

            if (c is '\t' or '\n' or '\r' || char.IsControl(c))
            {
                continue;
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') || length == scheme.Length)
            {
                return null;
            }

            scheme[length++] = char.ToLowerInvariant(c);
        }

        return null;
    }
}
