using System.Runtime.CompilerServices;

namespace Site.Clicks.Csv;

/// <summary>
/// Splits one CSV line into fields (RFC 4180 quoting: a quoted field may hold the delimiter, and
/// <c>""</c> inside it stands for one quote). Field values are copied, unquoted, into a buffer that is
/// reused for every line, so a field is valid until the next <see cref="TrySplit"/>.
/// </summary>
/// <remarks>A quoted field that runs over a line break is reported as an unclosed quote.</remarks>
internal sealed class CsvRowSplitter(byte delimiter)
{
    private byte[] values = new byte[1024];
    private Range[] fields = new Range[32];

    public byte Delimiter { get; } = delimiter;

    public int Count { get; private set; }

    public ReadOnlySpan<byte> this[int index] =>
        index >= 0 && index < Count ? values.AsSpan(fields[index]) : default;

    /// <summary>The current line's unquoted values, end to end; <see cref="Fields"/> says where each one is.</summary>
    public ReadOnlySpan<byte> Values => values;

    /// <summary>Where each field of the current line is in <see cref="Values"/>.</summary>
    public ReadOnlySpan<Range> Fields => fields.AsSpan(0, Count);

    /// <summary>Picks the delimiter a header row uses: whichever of comma, semicolon and tab it has most of.</summary>
    public static byte GuessDelimiter(ReadOnlySpan<byte> header)
    {
        var commas = header.Count((byte)',');
        var semicolons = header.Count((byte)';');
        var tabs = header.Count((byte)'\t');
        return tabs > commas && tabs >= semicolons ? (byte)'\t' : semicolons > commas ? (byte)';' : (byte)',';
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TrySplit(ReadOnlySpan<byte> line)
    {
        if (values.Length < line.Length)
        {
            values = new byte[Math.Max(line.Length, values.Length * 2)];
        }

        Count = 0;
        var written = 0;
        var position = 0;
        while (true)
        {
            var fieldStart = written;
            if (position < line.Length && line[position] == '"')
            {
                position++;
                while (true)
                {
                    var quote = line[position..].IndexOf((byte)'"');
                    if (quote < 0)
                    {
                        return false;
                    }

                    line.Slice(position, quote).CopyTo(values.AsSpan(written));
                    written += quote;
                    position += quote + 1;
                    if (position < line.Length && line[position] == '"')
                    {
                        values[written++] = (byte)'"';
                        position++;
                        continue;
                    }

                    break;
                }

                // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
                var tail = line[position..].IndexOf(Delimiter);
                var tailLength = tail < 0 ? line.Length - position : tail;
                line.Slice(position, tailLength).CopyTo(values.AsSpan(written));
                written += tailLength;
                position += tailLength;
            }
            else
            {
                var next = line[position..].IndexOf(Delimiter);
                var length = next < 0 ? line.Length - position : next;
                line.Slice(position, length).CopyTo(values.AsSpan(written));
                written += length;
                position += length;
            }

            Add(fieldStart..written);
            if (position >= line.Length)
            {
                return true;
            }

            position++; // the delimiter
            if (position == line.Length)
            {
                Add(written..written);
                return true;
            }
        }
    }

    private void Add(Range field)
    {
        if (Count == fields.Length)
        {
            Array.Resize(ref fields, fields.Length * 2);
        }

        fields[Count++] = field;
    }
}
