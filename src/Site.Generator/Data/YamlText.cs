using Site.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Generator.Data;

/// <summary>
/// Parses YAML (front matter or a data file) into nodes that keep their source positions,
/// so every later complaint can name the line and column the author wrote.
/// </summary>
public static class YamlText
{
    /// <param name="file">Path shown in diagnostics.</param>
    /// <param name="text">The YAML text.</param>
    /// <param name="firstLine">The file line the text starts on (front matter starts on line 2).</param>
    /// <param name="diagnostics">Where a syntax error is reported.</param>
    public static YamlNode? Parse(string file, string text, int firstLine, DiagnosticBag diagnostics)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var line = (int)e.Start.Line + firstLine - 1;
            var message = e.InnerException?.Message ?? e.Message;
            diagnostics.Add(Diagnostic.Error(
                new SourceSpan(file, Math.Max(line, firstLine), (int)Math.Max(e.Start.Column, 1)),
                $"The YAML is not valid: {TrimMark(message)}",
                "Check the indentation and that text containing ':' or '#' is in quotes."));
            return null;
        }
        catch (InvalidOperationException)
        {
            // Some malformed input (an unclosed [ or {) stops the scanner without a position.
            var lastLine = firstLine + text.Count(c => c == '\n') - 1;
            diagnostics.Add(Diagnostic.Error(new SourceSpan(file, Math.Max(lastLine, firstLine), 1),
                "The YAML is not valid: a list or mapping opened with [ or { is never closed.",
                "Close every [ with ] and every { with }, or put text containing them in quotes."));
            return null;
        }
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: 10) - (…): "; the position is already reported.
    private static string TrimMark(string message)
    {
        var end = message.LastIndexOf("): ", StringComparison.Ordinal);
        return end >= 0 && message.StartsWith('(') ? message[(end + 3)..] : message;
    }
}
