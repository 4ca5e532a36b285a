using System.Runtime.CompilerServices;

namespace Site.Search;

/// <summary>
/// A minimal buffered UTF-8 writer for the index. System.Text.Json's writer cannot reproduce
/// JSON.stringify byte for byte (it escapes differently and rejects unpaired surrogates, which lunr
/// writes as \udXXX), so strings are escaped once up front by <see cref="JsJson"/> and copied from here.
/// </summary>
internal sealed class Utf8Output(Stream stream) : IDisposable
{
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Byte(byte b)
    {
        if (_count == _buffer.Length)
        {
            Flush();
        }

        _buffer[_count++] = b;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Bytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _buffer.Length - _count)
        {
            Flush();
            if (bytes.Length > _buffer.Length)
            {
                stream.Write(bytes);
                return;
            }
        }

        bytes.CopyTo(_buffer.AsSpan(_count));
        _count += bytes.Length;
    }

    public void Ascii(string text)
    {
        foreach (char c in text)
        {
            Byte((byte)c);
        }
    }

    /// <summary>A non-negative integer.</summary>
    public void Int(int value)
    {
        if (_buffer.Length - _count < 11)
        {
            Flush();
        }

        _count += WriteDigits((ulong)value, _buffer.AsSpan(_count));
    }

    /// <summary>
    /// <c>Math.round(score * 1000) / 1000</c> as JSON.stringify writes it. <paramref name="thousandths"/> is
    /// the rounded product. Below 10^15 it has at most 15 significant digits, so the shortest decimal that
    /// reads back to the quotient is the quotient's own decimal form, written here without formatting
    /// a double; other values go through <see cref="JsJson.NumberToJson"/>.
    /// </summary>
    public void Thousandths(double thousandths)
    {
        if (!(Math.Abs(thousandths) < 1e15))
        {
            Ascii(JsJson.NumberToJson(thousandths / 1000));
            return;
        }

        if (_buffer.Length - _count < 24)
        {
            Flush();
        }

        long value = (long)thousandths;
        var span = _buffer.AsSpan(_count);
        int at = 0;
        if (value < 0)
        {
            span[at++] = (byte)'-';
            value = -value;
        }

        at += WriteDigits((ulong)(value / 1000), span[at..]);
        int fraction = (int)(value % 1000);
        if (fraction != 0)
        {
            span[at++] = (byte)'.';
            span[at++] = (byte)('0' + (fraction / 100));
            fraction %= 100;
            if (fraction != 0)
            {
                span[at++] = (byte)('0' + (fraction / 10));
                fraction %= 10;
                if (fraction != 0)
                {
                    span[at++] = (byte)('0' + fraction);
                }
            }
        }

        _count += at;
    }

    private static int WriteDigits(ulong value, Span<byte> destination)
    {
        int n = 1;
        for (ulong rest = value / 10; rest != 0; rest /= 10)
        {
            n++;
        }

        for (int i = n - 1; i > 0; i--)
        {
            ulong quotient = value / 10;
            destination[i] = (byte)('0' + (int)(value - (quotient * 10)));
            value = quotient;
        }

        destination[0] = (byte)('0' + (int)value);
        return n;
    }

    public void Flush()
    {
        if (_count > 0)
        {
            stream.Write(_buffer, 0, _count);
            _count = 0;
        }
    }

    public void Dispose() => Flush();
}
