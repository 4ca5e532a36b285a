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

    private readonly int[] starts = new int[64];
    private readonly int[] lengths = new int[64];
    private readonly byte[] directiveDate = new byte[10];
    private FieldLayout? layout;
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

        if (layout is null)
        {
            problem = "a data line comes before any #Fields: header, so its fields cannot be told apart";
            return LineKind.Bad;
        }

        var count = Split(line);
        if (count != layout.Count)
        {
            problem = $"the line has {count} fields but the #Fields: header lists {layout.Count}";
            return LineKind.Bad;
        }

        request.Address = Field(line, layout.Address);
        request.Method = Field(line, layout.Method);
        request.Target = Field(line, layout.Path);
        request.UserAgent = Field(line, layout.UserAgent);
        request.Time = Field(line, layout.Time);
        request.Date = layout.Date >= 0 ? Field(line, layout.Date) : hasDirectiveDate ? directiveDate : default;
        request.Status = -1;
        var status = Field(line, layout.Status);
        if (!status.IsEmpty && !TryStatus(status, out request.Status))
        {
            problem = "the sc-status field is not a number";
            return LineKind.Bad;
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
            layout = FieldLayout.From(names);
            if (layout.Path < 0)
            {
                layout = null;
                problem = "the #Fields: header has no cs-uri-stem or cs-uri field, so clicks cannot be found; the lines up to the next #Fields: header are skipped";
                return LineKind.Bad;
            }
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

            if (count < starts.Length)
            {
                starts[count] = position;
                lengths[count] = length;
            }

            count++;
            position += length;
        }

        return count;
    }

    /// <summary>A field's value; W3C writes "-" for an empty one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ReadOnlySpan<byte> Field(ReadOnlySpan<byte> line, int index)
    {
        if (index < 0 || index >= starts.Length)
        {
            return default;
        }

        var value = line.Slice(starts[index], lengths[index]);
        return value.Length == 1 && value[0] == '-' ? default : value;
    }

    private static bool TryStatus(ReadOnlySpan<byte> digits, out int status)
    {
        status = 0;
        if (digits.Length > 3)
        {
            return false;
        }

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

    /// <summary>Where each field we need sits in the current #Fields: list; -1 when it is absent.</summary>
    private sealed record FieldLayout(int Count, int Date, int Time, int Address, int Method, int Path, int Status, int UserAgent)
    {
        public static FieldLayout From(string[] names)
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
                names.Length,
                Find("date"),
                Find("time"),
                Find("c-ip"),
                Find("cs-method"),
                Find("cs-uri-stem", "cs-uri"),
                Find("sc-status"),
                Find("cs(User-Agent)"));
        }
    }
}
