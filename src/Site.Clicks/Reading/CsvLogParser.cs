using System.Runtime.CompilerServices;
using Site.Clicks.Csv;

namespace Site.Clicks.Reading;

/// <summary>
/// A CSV export of an access log (from a host's dashboard, a CDN or a spreadsheet). The first line is a
/// header naming the columns; a path column (or url, uri or request) and a time column are required,
/// status, method, user agent and address are used when present. Comma, semicolon and tab delimiters
/// are recognised from the header.
/// </summary>
internal sealed class CsvLogParser(string path) : ILogLineParser
{
    private static readonly string[] PathNames = ["path", "url", "uri", "request", "request uri", "request url", "request path", "url path", "cs-uri-stem", "cs-uri", "request line", "target", "page"];
    private static readonly string[] TimeNames = ["time", "timestamp", "@timestamp", "datetime", "date time", "time local", "time iso8601", "request time", "event time", "log time", "ts", "date"];
    private static readonly string[] StatusNames = ["status", "status code", "http status", "response code", "response status", "sc-status", "response", "code"];
    private static readonly string[] MethodNames = ["method", "http method", "request method", "cs-method", "verb"];
    private static readonly string[] AgentNames = ["user agent", "useragent", "http user agent", "cs(User-Agent)", "client user agent", "ua", "agent", "browser"];
    private static readonly string[] AddressNames = ["ip", "address", "ip address", "client ip", "client address", "remote addr", "remote address", "remote ip", "c-ip", "source ip", "visitor ip", "client"];

    private CsvRowSplitter? row;
    private byte[] headerLine = [];
    private FieldLayout columns;

    /// <summary>Whether a line could be the header of a CSV log: it names a path and a time column.</summary>
    public static bool LooksLikeHeader(ReadOnlySpan<byte> line)
    {
        var splitter = new CsvRowSplitter(CsvRowSplitter.GuessDelimiter(line));
        if (!splitter.TrySplit(line) || splitter.Count < 2)
        {
            return false;
        }

        var header = new CsvHeader(splitter);
        return header.Find(PathNames) >= 0 && header.Find(TimeNames) >= 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public LineKind Parse(ReadOnlySpan<byte> line, out LogRequest request, out string? problem)
    {
        request = default;
        problem = null;
        if (line.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0)
        {
            return LineKind.Ignored;
        }

        if (row is null)
        {
            ReadHeader(line);
            return LineKind.Ignored;
        }

        // Exports joined end to end repeat their header; it is not data.
        if (line.SequenceEqual(headerLine))
        {
            return LineKind.Ignored;
        }

        if (!row.TrySplit(line))
        {
            problem = "a quoted field has no closing quote";
            return LineKind.Bad;
        }

        if (row.Count < columns.FieldsNeeded)
        {
            problem = $"the row has {row.Count} fields, too few for the header's columns";
            return LineKind.Bad;
        }

        if (!columns.TryRead(row.Values, row.Fields, fewestStatusDigits: 3, out request))
        {
            problem = "the status column does not hold a three-digit status";
            return LineKind.Bad;
        }

        return LineKind.Request;
    }

    public bool TryReadTime(scoped in LogRequest request, out DateTimeOffset time)
    {
        if (request.Date.IsEmpty)
        {
            return LogTime.TryParseAny(request.Time, out time);
        }

        Span<byte> joined = stackalloc byte[64];
        if (request.Date.Length + request.Time.Length + 1 > joined.Length)
        {
            time = default;
            return false;
        }

        request.Date.CopyTo(joined);
        joined[request.Date.Length] = (byte)' ';
        request.Time.CopyTo(joined[(request.Date.Length + 1)..]);
        return LogTime.TryParseAny(joined[..(request.Date.Length + request.Time.Length + 1)], out time);
    }

    private void ReadHeader(ReadOnlySpan<byte> line)
    {
        var splitter = new CsvRowSplitter(CsvRowSplitter.GuessDelimiter(line));
        if (!splitter.TrySplit(line))
        {
            throw new ClicksInputException($"{path}: line 1: the CSV header row has a quote that is not closed. Fix the header row.");
        }

        var header = new CsvHeader(splitter);
        var pathColumn = header.Find(PathNames);
        var dateColumn = header.Find(["date"]);
        var clockColumn = header.Find(["time"]);

        // A separate date and time pair is read together; otherwise one column holds the whole time.
        var separate = dateColumn >= 0 && clockColumn >= 0;
        var timeColumn = separate ? clockColumn : header.Find(TimeNames);
        if (pathColumn < 0 || timeColumn < 0)
        {
            var missing = pathColumn < 0 ? "path column (named path, url, uri or request)" : "time column (named time, timestamp, datetime or date)";
            throw new ClicksInputException(
                $"{path}: line 1: the CSV header has no {missing}. Its columns are: {string.Join(", ", header.Names)}. Rename the column in the header row, or give --format for the log's real format.");
        }

        columns = new FieldLayout(
            pathColumn,
            timeColumn,
            separate ? dateColumn : -1,
            header.Find(StatusNames),
            header.Find(MethodNames),
            header.Find(AgentNames),
            header.Find(AddressNames));
        headerLine = line.ToArray();
        row = splitter;
    }
}
