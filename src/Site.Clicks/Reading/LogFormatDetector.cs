namespace Site.Clicks.Reading;

/// <summary>
/// Works out a log's format from its first lines: W3C logs open with <c>#</c> directives, combined
/// lines have a bracketed time and a quoted request, and a CSV export opens with a header naming a
/// path and a time column.
/// </summary>
internal static class LogFormatDetector
{
    private const int LinesToTry = 5;

    /// <summary>The format, or null when the first lines fit none (an empty file is read as combined).</summary>
    public static LogFormat? Detect(ReadOnlySpan<byte> head)
    {
        var combined = new CombinedLogParser();
        var tried = 0;
        var fitted = 0;
        var first = true;
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

            if (first)
            {
                first = false;
                if (line.StartsWith("#Software:"u8) || line.StartsWith("#Version:"u8) || line.StartsWith("#Fields:"u8) || line.StartsWith("#Date:"u8))
                {
                    return LogFormat.W3c;
                }

                if (CsvLogParser.LooksLikeHeader(line))
                {
                    return LogFormat.Csv;
                }
            }

            tried++;
            if (combined.Parse(line, out _, out _) == LineKind.Request)
            {
                fitted++;
            }
        }

        if (tried == 0)
        {
            return LogFormat.Combined;
        }

        // One odd line at the top (a truncated first line of a rotated log) should not hide the format.
        return fitted * 2 > tried ? LogFormat.Combined : null;
    }
}
