namespace Site.Clicks.Reading;

/// <summary>
/// Works out a log's format from its first lines: W3C logs have <c>#Fields:</c> and other
/// <c>#</c> directives, a CSV export opens with a header naming a path and a time column, and
/// combined lines have a bracketed time and a quoted request.
/// </summary>
internal static class LogFormatDetector
{
    private const int LinesToTry = 10;

    /// <summary>The format, or null when the first lines fit none (an empty file is read as combined).</summary>
    public static LogFormat? Detect(ReadOnlySpan<byte> head)
    {
        var combined = new CombinedLogParser();
        var tried = 0;
        var fitsCombined = false;
        while (!head.IsEmpty && tried < LinesToTry)
        {
            var newline = head.IndexOf((byte)'\n');

            // The last line of the sample may be cut short; use it only if it is the only one.
            if (newline < 0 && tried > 0)
            {
                break;
            }

            var line = newline < 0 ? head : head[..newline];
            head = newline < 0 ? default : head[(newline + 1)..];
            if (line.Length > 0 && line[^1] == '\r')
            {
                line = line[..^1];
            }

            if (line.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0)
            {
                continue;
            }

            if (line.StartsWith("#Fields:"u8) || line.StartsWith("#Software:"u8) || line.StartsWith("#Version:"u8))
            {
                return LogFormat.W3c;
            }

            if (tried == 0 && CsvLogParser.LooksLikeHeader(line))
            {
                return LogFormat.Csv;
            }

            tried++;
            fitsCombined |= combined.Parse(line, out _, out _) == LineKind.Request;
        }

        // Odd lines among the first (a cut first line of a rotated log, junk) should not hide the
        // format: one fitting line is enough, and the odd ones are reported as bad lines.
        return tried == 0 || fitsCombined ? LogFormat.Combined : null;
    }
}
