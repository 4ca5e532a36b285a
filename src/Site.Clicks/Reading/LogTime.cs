using System.Globalization;
using System.Text;

namespace Site.Clicks.Reading;

/// <summary>
/// Reads the time layouts access logs use. The fixed layouts (combined and W3C) are read digit by
/// digit because they are read once per click; anything else (CSV exports) goes through the
/// framework's parser.
/// </summary>
internal static class LogTime
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The combined log layout: <c>10/Oct/2024:13:55:36 +0100</c>.</summary>
    public static bool TryParseCommon(ReadOnlySpan<byte> text, out DateTimeOffset time)
    {
        time = default;
        if (text.Length < 26 || text[2] != '/' || text[6] != '/' || text[11] != ':' || text[14] != ':' || text[17] != ':' || text[20] != ' ')
        {
            return false;
        }

        var month = MonthNumber(text.Slice(3, 3));
        if (month == 0
            || !TryDigits(text[..2], out var day)
            || !TryDigits(text.Slice(7, 4), out var year)
            || !TryDigits(text.Slice(12, 2), out var hour)
            || !TryDigits(text.Slice(15, 2), out var minute)
            || !TryDigits(text.Slice(18, 2), out var second)
            || !TryOffset(text.Slice(21, 5), out var offset))
        {
            return false;
        }

        return TryCreate(year, month, day, hour, minute, second, offset, out time);
    }

    /// <summary>W3C extended logs: <c>2024-10-10</c> and <c>13:55:36</c>, always in UTC.</summary>
    public static bool TryParseW3c(ReadOnlySpan<byte> date, ReadOnlySpan<byte> clock, out DateTimeOffset time)
    {
        time = default;
        if (date.Length != 10 || date[4] != '-' || date[7] != '-' || clock.Length < 8 || clock[2] != ':' || clock[5] != ':')
        {
            return false;
        }

        if (!TryDigits(date[..4], out var year)
            || !TryDigits(date.Slice(5, 2), out var month)
            || !TryDigits(date.Slice(8, 2), out var day)
            || !TryDigits(clock[..2], out var hour)
            || !TryDigits(clock.Slice(3, 2), out var minute)
            || !TryDigits(clock.Slice(6, 2), out var second))
        {
            return false;
        }

        return TryCreate(year, month, day, hour, minute, second, TimeSpan.Zero, out time);
    }

    /// <summary>
    /// Any reasonable layout a spreadsheet or log export may hold: ISO 8601, the combined layout,
    /// "date time" text, or Unix seconds or milliseconds. Times without an offset are taken as UTC.
    /// </summary>
    public static bool TryParseAny(ReadOnlySpan<byte> text, out DateTimeOffset time)
    {
        text = text.Trim((byte)' ');
        if (TryParseCommon(text, out time))
        {
            return true;
        }

        if (text.Length is 10 or 13 && TryLong(text, out var epoch))
        {
            time = text.Length == 10 ? DateTimeOffset.FromUnixTimeSeconds(epoch) : DateTimeOffset.FromUnixTimeMilliseconds(epoch);
            return true;
        }

        if (text.Length > 64)
        {
            return false;
        }

        Span<char> chars = stackalloc char[64];
        var length = Encoding.UTF8.GetChars(text, chars);
        return DateTimeOffset.TryParse(
            chars[..length],
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces,
            out time);
    }

    private static bool TryCreate(int year, int month, int day, int hour, int minute, int second, TimeSpan offset, out DateTimeOffset time)
    {
        time = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        // A leap second is logged as :60; it belongs to the same minute for counting.
        time = new DateTimeOffset(year, month, day, hour, minute, Math.Min(second, 59), offset);
        return true;
    }

    private static int MonthNumber(ReadOnlySpan<byte> text)
    {
        Span<char> lower = stackalloc char[3];
        for (var i = 0; i < 3; i++)
        {
            lower[i] = (char)(text[i] | 0x20);
        }

        for (var i = 0; i < Months.Length; i++)
        {
            if (lower.SequenceEqual(Months[i]))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static bool TryOffset(ReadOnlySpan<byte> text, out TimeSpan offset)
    {
        offset = default;
        if (text[0] is not ((byte)'+' or (byte)'-') || !TryDigits(text.Slice(1, 2), out var hours) || !TryDigits(text.Slice(3, 2), out var minutes)
            || hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0);
        if (text[0] == '-')
        {
            offset = -offset;
        }

        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> text, out int value)
    {
        var ok = TryLong(text, out var wide) && wide <= int.MaxValue;
        value = ok ? (int)wide : 0;
        return ok;
    }

    private static bool TryLong(ReadOnlySpan<byte> text, out long value)
    {
        value = 0;
        foreach (var b in text)
        {
            var digit = b - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}
