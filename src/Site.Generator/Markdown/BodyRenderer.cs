using System.Collections.Concurrent;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SourceSpan = Site.Generator.Diagnostics.SourceSpan;

namespace Site.Generator.Markdown;

/// <summary>Parses and renders one document's Markdown body with the site's pipeline.</summary>
public sealed class BodyRenderer(MarkdownPipeline pipeline)
{
    // A renderer sets up an object for each kind of Markdown node, so renderers are kept and reused,
    // each by one thread at a time.
    private readonly ConcurrentBag<SegmentingHtmlRenderer> _renderers = [];

    /// <summary>Parses the body; line numbers in the result are 0-based within the body.</summary>
    public MarkdownDocument Parse(string body) => Markdig.Markdown.Parse(body, pipeline);

    /// <param name="document">The parsed body.</param>
    /// <param name="file">The source path, for positions.</param>
    /// <param name="bodyFirstLine">The file line the body starts on.</param>
    public RenderedBody Render(MarkdownDocument document, string file, int bodyFirstLine)
    {
        if (!_renderers.TryTake(out var renderer))
        {
            renderer = new SegmentingHtmlRenderer(new StringWriter());
            pipeline.Setup(renderer);
        }

        var segments = renderer.RenderSegments(document, file, bodyFirstLine);
        _renderers.Add(renderer);
        return new RenderedBody(segments, Headings(document, file, bodyFirstLine));
    }

    private static List<Heading> Headings(MarkdownDocument document, string file, int bodyFirstLine)
    {
        var headings = new List<Heading>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var id = heading.GetAttributes().Id ?? "";
            var text = heading.Inline is null ? "" : PlainText.Of(heading.Inline);
            headings.Add(new Heading(heading.Level, id, text, new SourceSpan(file, heading.Line + bodyFirstLine, heading.Column + 1)));
        }

        return headings;
    }
}
