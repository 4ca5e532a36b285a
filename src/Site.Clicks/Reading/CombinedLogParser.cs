using System.Runtime.CompilerServices;

namespace Site.Clicks.Reading;

/// <summary>
/// The NCSA combined layout written by nginx and Apache by default:
/// <c>address ident user [time] "request" status bytes "referer" "user agent"</c>.
/// Also accepts the common layout (no referer or user agent), fields after the user agent, and
/// prefixes before the address such as Apache's <c>vhost:port</c>.
/// </summary>
/// <remarks>
/// Every line is checked for shape so bad lines can be reported, but by slicing and vectorised
/// searches only: no regular expression, no decoding and no allocation.
/// </remarks>
internal sealed class CombinedLogParser : ILogLineParser
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public LineKind Parse(ReadOnlySpan<byte> line, out LogRequest request, out string? problem)
    {
        request = default;
        problem = null;
        if (line.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0)
        {
            return LineKind.Ignored;
        }

        var open = line.IndexOf((byte)'[');
        if (open < 0)
        {
            return Bad(out problem, "there is no [time] field");
        }

        if (!TryFindAddress(line[..open], out request.Address))
        {
            return Bad(out problem, "expected an address, identity and user before the [time] field");
        }

        var rest = line[(open + 1)..];
        var close = rest.IndexOf((byte)']');
        if (close < 0)
        {
            return Bad(out problem, "the [time] field has no closing ]");
        }

        request.Time = rest[..close];
        rest = rest[(close + 1)..];
        if (rest.Length < 2 || rest[0] != ' ' || rest[1] != '"')
        {
            return Bad(out problem, "the request after the time is not in quotes");
        }

        rest = rest[2..];
        var requestLength = QuotedLength(rest);
        if (requestLength < 0)
        {
            return Bad(out problem, "the request has no closing quote");
        }

        var requestLine = rest[..requestLength];
        rest = rest[(requestLength + 1)..];
        if (rest.Length < 4 || rest[0] != ' ' || !TryStatus(rest.Slice(1, 3), out request.Status) || (rest.Length > 4 && rest[4] != ' '))
        {
            return Bad(out problem, "there is no three-digit status after the request");
        }

        rest = rest[4..];
        if (!TryReadUserAgent(rest, out request.UserAgent))
        {
            return Bad(out problem, "the referer or user agent field is not closed by a quote");
        }

        SplitRequestLine(requestLine, out request.Method, out request.Target);
        return LineKind.Request;
    }

    public bool TryReadTime(scoped in LogRequest request, out DateTimeOffset time) => LogTime.TryParseCommon(request.Time, out time);

    /// <summary>Splits <c>GET /path HTTP/1.1</c>; a request that is not of that shape has no target.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void SplitRequestLine(ReadOnlySpan<byte> requestLine, out ReadOnlySpan<byte> method, out ReadOnlySpan<byte> target)
    {
        var space = requestLine.IndexOf((byte)' ');
        if (space <= 0)
        {
            method = requestLine;
            target = default;
            return;
        }

        method = requestLine[..space];
        target = requestLine[(space + 1)..];
        var protocol = target.IndexOf((byte)' ');
        if (protocol >= 0)
        {
            target = target[..protocol];
        }
    }

    /// <summary>
    /// The address is the third field back from the time (address, ident, user), so anything logged
    /// before it, such as a virtual host, is passed over.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryFindAddress(ReadOnlySpan<byte> prefix, out ReadOnlySpan<byte> address)
    {
        address = default;
        if (prefix.IsEmpty || prefix[^1] != ' ')
        {
            return false;
        }

        prefix = prefix[..^1];
        for (var field = 0; field < 2; field++)
        {
            var space = prefix.LastIndexOf((byte)' ');
            if (space <= 0)
            {
                return false;
            }

            prefix = prefix[..space];
        }

        address = prefix[(prefix.LastIndexOf((byte)' ') + 1)..];
        return !address.IsEmpty;
    }

    /// <summary>
    /// Reads past the byte count to the quoted referer and user agent; both are optional (the common
    /// layout has neither).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryReadUserAgent(ReadOnlySpan<byte> rest, out ReadOnlySpan<byte> userAgent)
    {
        userAgent = default;
        if (rest.IsEmpty)
        {
            return true;
        }

        var afterBytes = rest[1..].IndexOf((byte)' ');
        if (afterBytes < 0)
        {
            return true;
        }

        rest = rest[(afterBytes + 2)..];
        if (rest.IsEmpty || rest[0] != '"')
        {
            return true;
        }

        var refererLength = QuotedLength(rest[1..]);
        if (refererLength < 0)
        {
            return false;
        }

        rest = rest[(refererLength + 2)..];
        if (rest.Length < 2 || rest[0] != ' ' || rest[1] != '"')
        {
            return true;
        }

        var agentLength = QuotedLength(rest[2..]);
        if (agentLength < 0)
        {
            return false;
        }

        userAgent = rest.Slice(2, agentLength);
        return true;
    }

    /// <summary>
    /// Length of a quoted value up to its closing quote, or -1. Apache escapes a quote inside a value
    /// as <c>\"</c>; nginx writes <c>\x22</c>, which has no quote in it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int QuotedLength(ReadOnlySpan<byte> value)
    {
        var offset = 0;
        while (true)
        {
            var found = value[offset..].IndexOfAny((byte)'"', (byte)'\\');
            if (found < 0)
            {
                return -1;
            }

            offset += found;
            if (value[offset] == '"')
            {
                return offset;
            }

            offset += 2;
            if (offset > value.Length)
            {
                return -1;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryStatus(ReadOnlySpan<byte> digits, out int status)
    {
        status = 0;
        foreach (var b in digits)
        {
            var digit = b - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            status = (status * 10) + digit;
        }

        return true;
    }

    private static LineKind Bad(out string? problem, string why)
    {
        problem = why;
        return LineKind.Bad;
    }
}
