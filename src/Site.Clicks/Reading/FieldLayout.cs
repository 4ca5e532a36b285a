using System.Runtime.CompilerServices;

namespace Site.Clicks.Reading;

/// <summary>
/// Where each part of a request sits among a line's fields, for the formats that name their fields
/// in a header (a W3C <c>#Fields:</c> directive, a CSV export's header row), and how a request is read
/// from them. -1 marks a part the header does not name; it reads as empty.
/// </summary>
internal readonly record struct FieldLayout(int Path, int Time, int Date, int Status, int Method, int Agent, int Address)
{
    /// <summary>The number of fields a line needs before its path, time and date can be read.</summary>
    public int FieldsNeeded => Math.Max(Path, Math.Max(Time, Date)) + 1;

    /// <summary>
    /// Reads a request from one line's fields: <paramref name="fields"/> says where each field's value
    /// is in <paramref name="values"/>. False when the status field holds something other than a
    /// status of <paramref name="fewestStatusDigits"/> to three digits.
    /// </summary>
    /// <remarks>
    /// Spaces around the path, method, address and status are dropped: a CSV cell may be padded, and a
    /// W3C field cannot hold a space, so this only ever changes CSV values.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryRead(ReadOnlySpan<byte> values, ReadOnlySpan<Range> fields, int fewestStatusDigits, out LogRequest request)
    {
        request = default;
        var target = Field(values, fields, Path).Trim((byte)' ');
        if (target.Contains((byte)' '))
        {
            // A "request" field holds the whole request line: GET /path HTTP/1.1.
            CombinedLogParser.SplitRequestLine(target, out request.Method, out target);
        }

        request.Target = target;
        if (Method >= 0)
        {
            request.Method = Field(values, fields, Method).Trim((byte)' ');
        }

        request.Time = Field(values, fields, Time);
        request.Date = Field(values, fields, Date);
        request.UserAgent = Field(values, fields, Agent);
        request.Address = Field(values, fields, Address).Trim((byte)' ');
        request.Status = -1;
        var status = Field(values, fields, Status).Trim((byte)' ');
        return status.IsEmpty || TryParseStatus(status, fewestStatusDigits, out request.Status);
    }

    private static ReadOnlySpan<byte> Field(ReadOnlySpan<byte> values, ReadOnlySpan<Range> fields, int position) =>
        (uint)position < (uint)fields.Length ? values[fields[position]] : default;

    private static bool TryParseStatus(ReadOnlySpan<byte> digits, int fewestDigits, out int status)
    {
        status = 0;
        if (digits.Length < fewestDigits || digits.Length > 3)
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
}
