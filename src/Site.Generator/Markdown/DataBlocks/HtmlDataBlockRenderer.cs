using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Site.Generator.Markdown.DataBlocks;

/// <summary>
/// Cuts the HTML at each data block, so the page template can render the block's component in that
/// place (see <see cref="BodyRenderer"/>); on its own it writes nothing.
/// </summary>
public sealed class HtmlDataBlockRenderer : HtmlObjectRenderer<DataBlock>
{
    protected override void Write(HtmlRenderer renderer, DataBlock block)
    {
        if (renderer is SegmentingHtmlRenderer segmenting)
        {
            segmenting.CutAt(block);
        }
    }
}
