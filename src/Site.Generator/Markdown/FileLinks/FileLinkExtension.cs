using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace Site.Generator.Markdown.FileLinks;

/// <summary>
/// Links to downloads (PDF, Word, spreadsheets…) say what they are and how big, for example
/// "Neglect toolkit (PDF, 1.2 MB)", so nobody opens a large file by surprise.
/// </summary>
public sealed class FileLinkExtension(Func<string, long?> fileSize) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.RemoveAll(r => r is LinkInlineRenderer);
            html.ObjectRenderers.Add(new HtmlFileLinkRenderer(fileSize));
        }
    }
}
