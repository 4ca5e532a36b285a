using AngleSharp.Dom;
using Site.Generator.Checks.Html;
using Site.Generator.Content;
using Site.Generator.Markdown.SourcePositions;
using SourceSpan = Site.Generator.Diagnostics.SourceSpan;

namespace Site.Generator.Checks.Positions;

/// <summary>
/// Finds the source of an element during a build. Elements written from Markdown carry a
/// <see cref="SourcePositionAttribute"/> (on themselves or their nearest marked ancestor); elements of
/// a data block's component, which carry none, point at the block's line; everything else is the
/// theme's, and <see cref="TemplateLocator"/> finds its template.
/// </summary>
public sealed class ContentSourceLocator(CheckedPage page, PageIndex index, TemplateLocator templates) : ISourceLocator
{
    public SourceSpan Locate(IElement element)
    {
        if (page.Document is not { } document)
        {
            return templates.Locate(element);
        }

        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (At(e, document) is { } marked)
            {
                return marked;
            }
        }

        return index.Prose is { } prose && TopLevelChild(element, prose) is { } top
            ? InsideUnmarkedBlock(top, document)
            : templates.Locate(element);
    }

    private static SourceSpan? At(IElement element, SourceDocument document) =>
        SourcePositionAttribute.TryParse(element.GetAttribute(SourcePositionAttribute.Name), out var line, out var column)
            ? new SourceSpan(document.SourcePath, line + document.BodyFirstLine, column + 1)
            : null;

    private static SourceSpan? FirstPositionIn(IElement element, SourceDocument document)
    {
        if (At(element, document) is { } own)
        {
            return own;
        }

        foreach (var descendant in element.Descendants<IElement>())
        {
            if (At(descendant, document) is { } inner)
            {
                return inner;
            }
        }

        return null;
    }

    /// <summary>The child of the prose block that contains the element, or null when it is outside the prose.</summary>
    private static IElement? TopLevelChild(IElement element, IElement prose)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.ParentElement == prose)
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>
    /// A top-level element without a position of its own: a wrapper around Markdown (a callout), which
    /// takes its first marked descendant's position, or a data block's component, which takes the
    /// position of the first data block after the Markdown before it.
    /// </summary>
    private SourceSpan InsideUnmarkedBlock(IElement top, SourceDocument document)
    {
        if (FirstPositionIn(top, document) is { } inner)
        {
            return inner;
        }

        var previousLine = 0;
        for (var sibling = top.PreviousElementSibling; sibling is not null; sibling = sibling.PreviousElementSibling)
        {
            if (FirstPositionIn(sibling, document) is { } before)
            {
                previousLine = before.Line;
                break;
            }
        }

        foreach (var block in page.DataBlocks)
        {
            if (block.Line > previousLine)
            {
                return block;
            }
        }

        return new SourceSpan(document.SourcePath, document.BodyFirstLine, 1);
    }
}
