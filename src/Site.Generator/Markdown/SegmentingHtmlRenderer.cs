using System.Text;
using Markdig.Renderers;
using Site.Generator.Diagnostics;
using Site.Generator.Markdown.DataBlocks;

namespace Site.Generator.Markdown;

/// <summary>Markdig's HTML renderer, writing into segments that end at each data block.</summary>
internal sealed class SegmentingHtmlRenderer : HtmlRenderer
{
    private readonly StringWriter _writer;
    private readonly string _file;
    private readonly int _lineOffset;

    public SegmentingHtmlRenderer(StringWriter writer, string file, int lineOffset)
        : base(writer)
    {
        _writer = writer;
        _file = file;
        _lineOffset = lineOffset;
    }

    public List<BodySegment> Segments { get; } = [];

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
