namespace Site.Clicks.Reading;

/// <summary>What a parser made of one line.</summary>
internal enum LineKind
{
    /// <summary>A request was read into the <see cref="LogRequest"/>.</summary>
    Request,

    /// <summary>A blank line, header or directive: nothing to count and nothing wrong.</summary>
    Ignored,

    /// <summary>The line does not fit the format; the parser says why.</summary>
    Bad,
}

/// <summary>
/// Reads the lines of one log format. An instance belongs to one file because some formats
/// (W3C, CSV) carry state from their header lines.
/// </summary>
internal interface ILogLineParser
{
    LineKind Parse(ReadOnlySpan<byte> line, out LogRequest request, out string? problem);

    /// <summary>
    /// Turns the request's time text into a time. Only called for clicks, so that ordinary lines
    /// never pay for date parsing.
    /// </summary>
    bool TryReadTime(scoped in LogRequest request, out DateTimeOffset time);
}
