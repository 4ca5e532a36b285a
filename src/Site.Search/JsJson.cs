using System.Globalization;
using System.Text;

namespace Site.Search;

/// <summary>What <c>JSON.stringify</c> writes for numbers and strings, byte for byte.</summary>
internal static class JsJson
{
    /// <summary>
    /// <c>Number.prototype.toString()</c>: the shortest digits that read back to the same double, in fixed
    /// notation from 1e-6 up to 1e21 and exponent notation ("1e-7", "1.5e+21") outside it. NaN and the
    /// infinities give "NaN", "Infinity", "-Infinity" (JSON.stringify writes null for them instead).
    /// </summary>
    public static string NumberToString(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        // .NET's "R" gives the shortest round-trip digits; only the layout differs from JavaScript's.
        string r = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        int e = r.IndexOfAny(['E', 'e']);
        string mantissa = e < 0 ? r : r[..e];
        int exponent = e < 0 ? 0 : int.Parse(r[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        int dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        string digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        int pointPosition = (dot < 0 ? mantissa.Length : dot) + exponent;

        // Normalise to digits without leading or trailing zeros, value = 0.digits * 10^n.
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
        {
            lead++;
        }

        digits = digits[lead..].TrimEnd('0');
        int n = pointPosition - lead;
        int k = digits.Length;

        var sb = new StringBuilder(32);
        if (value < 0)
        {
            sb.Append('-');
        }

        if (k <= n && n <= 21)
        {
            sb.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            int exp = n - 1;
            sb.Append(digits[0]);
            if (k > 1)
            {
                sb.Append('.').Append(digits, 1, k - 1);
            }

            sb.Append('e').Append(exp < 0 ? '-' : '+').Append(Math.Abs(exp).ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>A number as JSON.stringify writes it (null for NaN and the infinities, "0" for -0).</summary>
    public static string NumberToJson(double value) => double.IsFinite(value) ? NumberToString(value) : "null";

    /// <summary>
    /// Appends the UTF-8 bytes of <c>JSON.stringify(text)</c>, quotes included when asked: \" \\ \b \f \n \r \t,
    /// other control characters and unpaired surrogates as lower-case \uXXXX, everything else as it is.
    /// </summary>
    public static void AppendString(ReadOnlySpan<char> text, List<byte> output, bool quotes = true)
    {
        Span<byte> utf8 = stackalloc byte[4];
        if (quotes)
        {
            output.Add((byte)'"');
        }

        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '"':
                    output.Add((byte)'\\');
                    output.Add((byte)'"');
                    continue;
                case '\\':
                    output.Add((byte)'\\');
                    output.Add((byte)'\\');
                    continue;
                case '\b':
                    output.Add((byte)'\\');
                    output.Add((byte)'b');
                    continue;
                case '\f':
                    output.Add((byte)'\\');
                    output.Add((byte)'f');
                    continue;
                case '\n':
                    output.Add((byte)'\\');
                    output.Add((byte)'n');
                    continue;
                case '\r':
                    output.Add((byte)'\\');
                    output.Add((byte)'r');
                    continue;
                case '\t':
                    output.Add((byte)'\\');
                    output.Add((byte)'t');
                    continue;
            }

            if (c < 0x20)
            {
                AppendUnicodeEscape(c, output);
            }
            else if (c < 0x80)
            {
                output.Add((byte)c);
            }
            else if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    int written = new Rune(c, text[i + 1]).EncodeToUtf8(utf8);
                    for (int b = 0; b < written; b++)
                    {
                        output.Add(utf8[b]);
                    }

                    i++;
                }
                else
                {
                    AppendUnicodeEscape(c, output);
                }
            }
            else
            {
                int written = new Rune(c).EncodeToUtf8(utf8);
                for (int b = 0; b < written; b++)
                {
                    output.Add(utf8[b]);
                }
            }
        }

        if (quotes)
        {
            output.Add((byte)'"');
        }
    }

    /// <summary><c>JSON.stringify(text)</c> as UTF-8 bytes.</summary>
    public static byte[] StringToUtf8(ReadOnlySpan<char> text, bool quotes = true)
    {
        var bytes = new List<byte>(text.Length + 2);
        AppendString(text, bytes, quotes);
        return [.. bytes];
    }

    private static void AppendUnicodeEscape(char c, List<byte> output)
    {
        const string hex = "0123456789abcdef";
        output.Add((byte)'\\');
        output.Add((byte)'u');
        output.Add((byte)hex[(c >> 12) & 0xF]);
        output.Add((byte)hex[(c >> 8) & 0xF]);
        output.Add((byte)hex[(c >> 4) & 0xF]);
        output.Add((byte)hex[c & 0xF]);
    }
}
