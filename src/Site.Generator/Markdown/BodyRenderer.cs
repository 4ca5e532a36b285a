using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SourceSpan = Site.Generator.Diagnostics.SourceSpan;

namespace Site.Generator.Markdown;

/// <summary>Parses and renders one document's Markdown body with the site's pipeline.</summary>
public sealed class BodyRenderer(MarkdownPipeline pipeline)
{
    /// <summary>Parses the body; line numbers in the result are 0-based within the body.</summary>
    public MarkdownDocument Parse(string body) => Markdig.Markdown.Parse(body, pipeline);

    /// <param name="document">The parsed body.</param>
    /// <param name="file">The source path, for positions.</param>
    /// <param name="bodyFirstLine">The file line the body starts on.</param>
    public RenderedBody Render(MarkdownDocument document, string file, int bodyFirstLine)
    {
        using var writer = new StringWriter();
        var renderer = new SegmentingHtmlRenderer(writer, file, bodyFirstLine);
        pipeline.Setup(renderer);
        renderer.Render(document);
        renderer.Flush();
        return new RenderedBody(renderer.Segments, Headings(document, file, bodyFirstLine));
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
