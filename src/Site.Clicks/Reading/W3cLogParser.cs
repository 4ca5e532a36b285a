using System.Runtime.CompilerServices;
using System.Text;

namespace Site.Clicks.Reading;

/// <summary>
/// W3C extended logs as IIS (and CloudFront, with tabs) write them: data lines of space- or
/// tab-separated fields whose meaning is given by the latest <c>#Fields:</c> directive. The directive
/// may change in the middle of a file (IIS writes a new one when its logging settings change), and
/// the fields may come in any order.
/// </summary>
internal sealed class W3cLogParser : ILogLineParser
{
    private static readonly byte[] FieldsDirective = "#Fields:"u8.ToArray();
    private static readonly byte[] DateDirective = "#Date:"u8.ToArray();

    private readonly Range[] fields = new Range[64];
    private readonly byte[] directiveDate = new byte[10];
    private FieldLayout? layout;
    private int fieldCount; // how many fields the latest #Fields: directive lists
    private bool hasDirectiveDate;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public LineKind Parse(ReadOnlySpan<byte> line, out LogRequest request, out string? problem)
    {
        request = default;
        problem = null;
        if (line.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0)
        {
            return LineKind.Ignored;
        }

        if (line[0] == '#')
        {
            return ReadDirective(line, out problem);
        }

        if (layout is not { } current)
        {
            problem = "a data line comes before any #Fields: header, so its fields cannot be told apart";
            return LineKind.Bad;
        }

        var count = Split(line);
        if (count != fieldCount)
        {
            problem = $"the line has {count} fields but the #Fields: header lists {fieldCount}";
            return LineKind.Bad;
        }

        // Only the first positions are kept; a field past them reads as empty.
        var kept = fields.AsSpan(0, Math.Min(count, fields.Length));
        if (!current.TryRead(line, kept, fewestStatusDigits: 1, out request))
        {
            problem = "the sc-status field is not a number";
            return LineKind.Bad;
        }

        // Without a date field, the date comes from the #Date: directive.
        if (current.Date < 0 && hasDirectiveDate)
        {
            request.Date = directiveDate;
        }

        return LineKind.Request;
    }

    public bool TryReadTime(scoped in LogRequest request, out DateTimeOffset time) =>
        LogTime.TryParseW3c(request.Date, request.Time, out time);

    private LineKind ReadDirective(ReadOnlySpan<byte> line, out string? problem)
    {
        problem = null;
        if (line.StartsWith(FieldsDirective))
        {
            var names = Encoding.UTF8.GetString(line[FieldsDirective.Length..])
                .Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var named = LayoutOf(names);
            if (named.Path < 0)
            {
                layout = null;
                problem = "the #Fields: header has no cs-uri-stem or cs-uri field, so clicks cannot be found; the lines up to the next #Fields: header are skipped";
                return LineKind.Bad;
            }

            layout = named;
            fieldCount = names.Length;
        }
        else if (line.StartsWith(DateDirective))
        {
            var value = line[DateDirective.Length..].Trim((byte)' ');
            hasDirectiveDate = value.Length >= 10;
            if (hasDirectiveDate)
            {
                value[..10].CopyTo(directiveDate);
            }
        }

        return LineKind.Ignored;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Split(ReadOnlySpan<byte> line)
    {
        var count = 0;
        var position = 0;
        while (position < line.Length)
        {
            var rest = line[position..];
            var skip = rest.IndexOfAnyExcept((byte)' ', (byte)'\t');
            if (skip < 0)
            {
                break;
            }

            position += skip;
            var length = line[position..].IndexOfAny((byte)' ', (byte)'\t');
            if (length < 0)
            {
                length = line.Length - position;
            }

            if (count < fields.Length)
            {
                // W3C writes "-" for an empty field.
                var empty = length == 1 && line[position] == '-';
                fields[count] = new Range(position, empty ? position : position + length);
            }

            count++;
            position += length;
        }

        return count;
    }

    /// <summary>
    /// Where each field we need sits in a #Fields: list. W3C field names are fixed identifiers, so they
    /// are matched exactly apart from case, not loosely as CSV column names are.
    /// </summary>
    private static FieldLayout LayoutOf(string[] names)
    {
        int Find(params string[] candidates)
        {
            foreach (var candidate in candidates)
            {
                var index = Array.FindIndex(names, name => name.Equals(candidate, StringComparison.OrdinalIgnoreCase));
                if (index >= 0)
                {
                    return index;
                }
            }

            return -1;
        }

        return new FieldLayout(
            Path: Find("cs-uri-stem", "cs-uri"),
            Time: Find("time"),
            Date: Find("date"),
            Status: Find("sc-status"),
            Method: Find("cs-method"),
            Agent: Find("cs(User-Agent)"),
            Address: Find("c-ip"));
    }
}
