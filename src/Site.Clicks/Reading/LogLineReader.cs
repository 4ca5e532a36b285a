using System.Runtime.CompilerServices;

namespace Site.Clicks.Reading;

/// <summary>
/// Splits a byte stream into lines without decoding them, reading through one large buffer that is
/// reused for the whole file, so memory stays the same however long the log is.
/// </summary>
/// <remarks>
/// A line is valid only until the next call. A line longer than the buffer is not kept: it is
/// reported once, as an empty line with <see cref="LineTooLong"/> set, and reading goes on after it.
/// A UTF-8 byte order mark at the start is skipped; a carriage return before the newline is dropped.
/// </remarks>
internal sealed class LogLineReader : IDisposable
{
    /// <summary>Buffer size, and so the longest line kept: far beyond any real access log line.</summary>
    public const int BufferSize = 1 << 20;

    private const int PeekSize = 64 * 1024;

    private readonly Stream stream;
    private readonly byte[] buffer;
    private int start;
    private int end;
    private bool endOfStream;
    private bool skippingLongLine;
    private bool atStart = true;

    public LogLineReader(Stream stream, int bufferSize = BufferSize)
    {
        this.stream = stream;
        buffer = new byte[bufferSize];
    }

    /// <summary>1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Whether the line last returned was cut because it did not fit the buffer.</summary>
    public bool LineTooLong { get; private set; }

    /// <summary>
    /// The first bytes of the stream (up to 64 KiB, fewer if the stream is shorter), without consuming
    /// them, so the format can be recognised before reading starts.
    /// </summary>
    public ReadOnlySpan<byte> Peek()
    {
        while (!endOfStream && end - start < PeekSize && end < buffer.Length)
        {
            Fill();
        }

        SkipByteOrderMark();
        return buffer.AsSpan(start, end - start);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            SkipByteOrderMark();
            var pending = buffer.AsSpan(start, end - start);
            var newline = pending.IndexOf((byte)'\n');
            if (newline >= 0)
            {
                start += newline + 1;
                line = Complete(pending[..newline]);
                return true;
            }

            if (endOfStream)
            {
                if (pending.IsEmpty && !skippingLongLine)
                {
                    line = default;
                    return false;
                }

                start = end;
                line = Complete(pending);
                return true;
            }

            Fill();
        }
    }

    public void Dispose() => stream.Dispose();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ReadOnlySpan<byte> Complete(ReadOnlySpan<byte> line)
    {
        LineNumber++;
        LineTooLong = skippingLongLine;
        if (skippingLongLine)
        {
            skippingLongLine = false;
            return default;
        }

        return line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;
    }

    private void Fill()
    {
        if (start == 0 && end == buffer.Length)
        {
            // The whole buffer is one unfinished line: drop what we have and keep skipping to its end.
            skippingLongLine = true;
            end = 0;
        }
        else if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }

        var read = stream.Read(buffer, end, buffer.Length - end);
        if (read == 0)
        {
            endOfStream = true;
        }

        end += read;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SkipByteOrderMark()
    {
        if (!atStart)
        {
            return;
        }

        if (end - start >= 3 || endOfStream)
        {
            atStart = false;
            if (buffer.AsSpan(start, end - start).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                start += 3;
            }
        }
    }
}
