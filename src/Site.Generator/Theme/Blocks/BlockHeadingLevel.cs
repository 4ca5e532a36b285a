using Site.Generator.Markdown;

namespace Site.Generator.Theme.Blocks;

/// <summary>
/// The heading level for headings inside a data block: one below the author's last heading before
/// the block, so the page's outline never skips a level (h2 under the page's h1 when there is none).
/// </summary>
public static class BlockHeadingLevel
{
    public static int Of(RenderedBody body, BlockSegment block)
    {
        var above = body.Headings
            .Where(h => h.At.File == block.At.File && h.At.Line < block.At.Line)
            .MaxBy(h => h.At.Line);
        return Math.Min(6, (above?.Level ?? 1) + 1);
    }
}
