using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Generator.Markdown.SourcePositions;

/// <summary>
/// Marks a parsed body so that its HTML says where each element came from: every block and link gets
/// a <see cref="SourcePositionAttribute"/>, written by Markdig's own renderers, and each start tag of
/// the author's raw HTML gets the same attribute written into its text. The checks read the laid-out
/// page, so this is how a finding in content names the Markdown line and column to fix.
/// </summary>
public static class SourcePositionMarker
{
    public static MarkdownDocument Mark(MarkdownDocument document)
    {
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock html:
                    RawHtmlPositions.Mark(html);
                    break;
                case HtmlInline html:
                    html.Tag = RawHtmlPositions.MarkTag(html.Tag, html.Line, html.Column);
                    break;
                case Block or LinkInline or AutolinkInline:
                    node.GetAttributes().AddPropertyIfNotExist(SourcePositionAttribute.Name, SourcePositionAttribute.Format(node.Line, node.Column));
                    break;
            }
        }

        return document;
    }
}
