using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Site.Generator.Markdown.DataBlocks;

/// <summary>Recognises a whole line of the form <c>{{&lt; name [argument] &gt;}}</c>.</summary>
public sealed class DataBlockParser : BlockParser
{
    public DataBlockParser() => OpeningCharacters = ['{'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        var text = line.ToString().Trim();
        if (!text.StartsWith("{{<", StringComparison.Ordinal) || !text.EndsWith(">}}", StringComparison.Ordinal))
        {
            return BlockState.None;
        }

        var words = text[3..^3].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var block = new DataBlock(this)
        {
            Name = words.Length > 0 ? words[0] : "",
            Argument = words.Length > 1 ? string.Join(' ', words[1..]) : null,
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(line.Start, line.End),
        };
        processor.NewBlocks.Push(block);
        return BlockState.BreakDiscard;
    }
}
