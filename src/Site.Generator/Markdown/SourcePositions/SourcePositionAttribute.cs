using System.Globalization;
using System.Text;

namespace Site.Generator.Markdown.SourcePositions;

/// <summary>
/// The <c>data-source="LINE:COLUMN"</c> attribute that ties an element of a laid-out page to the
/// Markdown that produced it. LINE and COLUMN are Markdig's, both 0-based, LINE counted within the
/// document's body; add the body's first line (and 1 to the column) for what an editor shows.
/// It exists only between layout and the checks: <see cref="StripToUtf8"/> removes it from every page
/// before the page is published.
/// </summary>
public static class SourcePositionAttribute
{
    public const string Name = "data-source";

    // What the attribute looks like in HTML text; Markdig and the raw HTML marker both write it so.
    private const string Opening = " " + Name + "=\"";

    public static string Format(int line, int column) =>
        string.Create(CultureInfo.InvariantCulture, $"{line}:{column}");

    /// <summary>Reads a value written by <see cref="Format"/>; false for anything else.</summary>
    public static bool TryParse(string? value, out int line, out int column)
    {
        line = column = 0;
        var colon = value?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0
            && int.TryParse(value.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out line)
            && int.TryParse(value.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out column);
    }

    /// <summary>The attribute as HTML text, with its leading space, for inserting into a raw start tag.</summary>
    public static string Html(int line, int column) => Opening + Format(line, column) + "\"";

    /// <summary>
    /// A page's HTML as the UTF-8 bytes to publish, without its position attributes, in one pass and
    /// with no copy of the text in between. Only the exact form the build writes
    /// (<c> data-source="digits:digits"</c>) is removed, so text that merely mentions it is kept.
    /// </summary>
    public static byte[] StripToUtf8(string html)
    {
        // The parts to keep. Cuts fall on ASCII characters, never inside a surrogate pair.
        var kept = new List<(int Start, int Length)>();
        var copiedUpTo = 0;
        var found = html.IndexOf(Opening, StringComparison.Ordinal);
        while (found >= 0)
        {
            var end = EndOfValue(html, found + Opening.Length);
            if (end > 0)
            {
                kept.Add((copiedUpTo, found - copiedUpTo));
                copiedUpTo = end;
            }

            found = html.IndexOf(Opening, end > 0 ? end : found + Opening.Length, StringComparison.Ordinal);
        }

        kept.Add((copiedUpTo, html.Length - copiedUpTo));

        var size = 0;
        foreach (var (start, length) in kept)
        {
            size += Encoding.UTF8.GetByteCount(html.AsSpan(start, length));
        }

        var bytes = new byte[size];
        var written = 0;
        foreach (var (start, length) in kept)
        {
            written += Encoding.UTF8.GetBytes(html.AsSpan(start, length), bytes.AsSpan(written));
        }

        return bytes;
    }

    /// <summary>The index just after the closing quote of a <c>digits:digits"</c> value, or -1.</summary>
    private static int EndOfValue(string html, int start)
    {
        var i = start;
        var digitsBefore = 0;
        while (i < html.Length && char.IsAsciiDigit(html[i]))
        {
            i++;
            digitsBefore++;
        }

        if (digitsBefore == 0 || i >= html.Length || html[i] != ':')
        {
            return -1;
        }

        i++;
        var digitsAfter = 0;
        while (i < html.Length && char.IsAsciiDigit(html[i]))
        {
            i++;
            digitsAfter++;
        }

        return digitsAfter > 0 && i < html.Length && html[i] == '"' ? i + 1 : -1;
    }
}
