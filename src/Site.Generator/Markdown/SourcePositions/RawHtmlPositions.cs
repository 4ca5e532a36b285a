using System.Text;
using Markdig.Helpers;
using Markdig.Syntax;

namespace Site.Generator.Markdown.SourcePositions;

/// <summary>
/// Writes position attributes into the author's raw HTML. A small scanner finds start tags, stepping
/// over quoted attribute values, comments and the text of script and style elements (where a
/// <c>&lt;</c> is not a tag), and inserts the attribute after each tag name.
/// </summary>
internal static class RawHtmlPositions
{
    private enum State
    {
        Text,
        Tag,
        Comment,
        RawText,
    }

    public static void Mark(HtmlBlock block)
    {
        if (block.Type is HtmlBlockType.Comment or HtmlBlockType.CData or HtmlBlockType.DocumentType or HtmlBlockType.ProcessingInstruction)
        {
            return;
        }

        var scanner = new Scanner();
        var lines = block.Lines.Lines;
        for (var i = 0; i < block.Lines.Count; i++)
        {
            ref var line = ref lines[i];
            var text = line.Slice.ToString();
            var marked = scanner.Mark(text, line.Line, line.Column);
            if (!ReferenceEquals(marked, text))
            {
                line.Slice = new StringSlice(marked);
            }
        }
    }

    /// <summary>One inline tag such as <c>&lt;abbr title="…"&gt;</c>; closing tags and comments are left alone.</summary>
    public static string MarkTag(string tag, int line, int column) => new Scanner().Mark(tag, line, column);

    /// <summary>Scans HTML line by line, keeping its state across the lines of one block.</summary>
    private sealed class Scanner
    {
        private State _state = State.Text;
        private char _quote;
        private string _rawTextElement = "";
        private string _lastTagName = "";

        public string Mark(string text, int line, int column)
        {
            StringBuilder? result = null;
            var copiedUpTo = 0;
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                switch (_state)
                {
                    case State.Text when c == '<' && At(text, i, "<!--"):
                        _state = State.Comment;
                        i += 4;
                        continue;
                    case State.Text when c == '<' && i + 1 < text.Length && char.IsAsciiLetter(text[i + 1]):
                        var nameEnd = i + 1;
                        while (nameEnd < text.Length && (char.IsAsciiLetterOrDigit(text[nameEnd]) || text[nameEnd] == '-'))
                        {
                            nameEnd++;
                        }

                        _lastTagName = text[(i + 1)..nameEnd].ToLowerInvariant();
                        result ??= new StringBuilder(text.Length + 32);
                        result.Append(text, copiedUpTo, nameEnd - copiedUpTo).Append(SourcePositionAttribute.Html(line, column + i));
                        copiedUpTo = nameEnd;
                        _state = State.Tag;
                        i = nameEnd;
                        continue;
                    case State.Tag when _quote != '\0':
                        if (c == _quote)
                        {
                            _quote = '\0';
                        }

                        break;
                    case State.Tag when c is '"' or '\'':
                        _quote = c;
                        break;
                    case State.Tag when c == '>':
                        _state = _lastTagName is "script" or "style" ? State.RawText : State.Text;
                        _rawTextElement = _lastTagName;
                        break;
                    case State.Comment when c == '-' && At(text, i, "-->"):
                        _state = State.Text;
                        i += 3;
                        continue;
                    case State.RawText when c == '<' && At(text, i, "</" + _rawTextElement):
                        _state = State.Text;
                        break;
                }

                i++;
            }

            if (result is null)
            {
                return text;
            }

            result.Append(text, copiedUpTo, text.Length - copiedUpTo);
            return result.ToString();
        }

        private static bool At(string text, int index, string expected) =>
            string.Compare(text, index, expected, 0, expected.Length, StringComparison.OrdinalIgnoreCase) == 0;
    }
}
