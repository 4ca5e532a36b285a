using Markdig;
using Markdig.Renderers;

namespace Site.Generator.Markdown.DataBlocks;

/// <summary>Adds data blocks to the Markdown pipeline; <see cref="HtmlDataBlockRenderer"/> marks where they go.</summary>
public sealed class DataBlockExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<DataBlockParser>())
        {
            pipeline.BlockParsers.Insert(0, new DataBlockParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlDataBlockRenderer>())
        {
            html.ObjectRenderers.Insert(0, new HtmlDataBlockRenderer());
        }
    }
}
