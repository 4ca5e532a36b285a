using System.Text;
using Markdig.Renderers;
using MarkdownDocument = Markdig.Syntax.MarkdownDocument;
using Site.Generator.Diagnostics;
using Site.Generator.Markdown.DataBlocks;

namespace Site.Generator.Markdown;

/// <summary>
/// Markdig's HTML renderer, writing into segments that end at each data block. One renderer renders
/// one document at a time and can be used again for the next.
/// </summary>
internal sealed class SegmentingHtmlRenderer : HtmlRenderer
{
    private readonly StringWriter _writer;
    private string _file = "";
    private int _lineOffset;

    public SegmentingHtmlRenderer(StringWriter writer)
        : base(writer)
    {
        _writer = writer;
    }

    public List<BodySegment> Segments { get; private set; } = [];

    /// <param name="document">The parsed body.</param>
    /// <param name="file">The source path, for positions.</param>
    /// <param name="lineOffset">The file line the body starts on.</param>
    public List<BodySegment> RenderSegments(MarkdownDocument document, string file, int lineOffset)
    {
        Reset();
        _file = file;
        _lineOffset = lineOffset;
        Segments = [];
        Render(document);
        Flush();
        return Segments;
    }

    public void CutAt(DataBlock block)
    {
        Flush();
        Segments.Add(new BlockSegment(block.Name, block.Argument, new SourceSpan(_file, block.Line + _lineOffset, block.Column + 1)));
    }

    public void Flush()
    {
        Writer.Flush();
        StringBuilder text = _writer.GetStringBuilder();
        if (!IsWhiteSpace(text))
        {
            Segments.Add(new HtmlSegment(text.ToString()));
        }

        text.Clear();
    }

    private static bool IsWhiteSpace(StringBuilder text)
    {
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (!char.IsWhiteSpace(c))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
