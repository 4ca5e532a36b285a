using Markdig;
using Markdig.Extensions.Alerts;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Site.Generator.Markdown.Callouts;

/// <summary>
/// <c>&gt; [!NOTE]</c> and <c>&gt; [!WARNING]</c> blocks, rendered as GOV.UK inset text and warning text
/// rather than GitHub's alert markup, so they look and read like the rest of the site.
/// </summary>
public sealed class CalloutExtension : IMarkdownExtension
{
    // The parsing is Markdig's alert syntax: SiteMarkdown adds AlertExtension before this one.
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.RemoveAll(r => r is AlertBlockRenderer);
            html.ObjectRenderers.InsertBefore<QuoteBlockRenderer>(new HtmlCalloutRenderer());
        }
    }
}
