using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Generator.Markdown;
using SourceSpan = Site.Generator.Diagnostics.SourceSpan;

namespace Site.Generator.Newsletters;

/// <summary>
/// Where each address (of a link or an image) is first written in a newsletter's Markdown, so that
/// problems found in the finished email point at the line the author can fix.
/// </summary>
public static class SourcePositions
{
    /// <returns>Positions under the address as written, and for our own addresses also as the email edition shows it (absolute).</returns>
    public static IReadOnlyDictionary<string, SourceSpan> Of(ParsedDocument document, string pageUrl, Uri baseUrl)
    {
        var positions = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var node in document.Markdown.Descendants())
        {
            var url = node switch
            {
                LinkInline link => link.Url,
                AutolinkInline autolink => autolink.Url,
                _ => null,
            };
            if (url is null)
            {
                continue;
            }

            var span = new SourceSpan(document.Source.SourcePath, node.Line + document.Source.BodyFirstLine, node.Column + 1);
            positions.TryAdd(url, span);
            if (LinkTargets.Resolve(url, pageUrl, baseUrl) is { Kind: LinkKind.OwnSite } own)
            {
                positions.TryAdd(own.Url, span);
            }
        }

        return positions;
    }
}
