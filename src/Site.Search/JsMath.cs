namespace Site.Search;

/// <summary>The two <c>Math</c> functions lunr's scoring uses, with the engine's exact results.</summary>
internal static class JsMath
{
    private static readonly double Ln2Hi = BitConverter.Int64BitsToDouble(0x3FE62E42FEE00000);
    private static readonly double Ln2Lo = BitConverter.Int64BitsToDouble(0x3DEA39EF35793C76);
    private static readonly double Two54 = BitConverter.Int64BitsToDouble(0x4350000000000000);
    private static readonly double Lg1 = BitConverter.Int64BitsToDouble(0x3FE5555555555593);
    private static readonly double Lg2 = BitConverter.Int64BitsToDouble(0x3FD999999997FA04);
    private static readonly double Lg3 = BitConverter.Int64BitsToDouble(0x3FD2492494229359);
    private static readonly double Lg4 = BitConverter.Int64BitsToDouble(0x3FCC71C51D8E78AF);
    private static readonly double Lg5 = BitConverter.Int64BitsToDouble(0x3FC7466496CB03DE);
    private static readonly double Lg6 = BitConverter.Int64BitsToDouble(0x3FC39A09D078C69F);
    private static readonly double Lg7 = BitConverter.Int64BitsToDouble(0x3FC2F112DF3E5244);

    /// <summary>
    /// <c>Math.log</c> as V8 computes it: the fdlibm algorithm (argument reduction to [sqrt(2)/2, sqrt(2)],
    /// then a degree-14 polynomial in s = f/(2+f)). The C library's <c>log</c> that <see cref="Math.Log(double)"/>
    /// calls may differ from it in the last bit, which would change a rounded BM25 score now and then.
    /// </summary>
    public static double Log(double x)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        int hx = (int)(bits >> 32);
        uint lx = (uint)bits;
        int k = 0;

        if (hx < 0x00100000)
        {
            // Zero, negative or subnormal.
            if (((hx & 0x7FFFFFFF) | (int)lx) == 0)
            {
                return double.NegativeInfinity;
            }

            if (hx < 0)
            {
                return double.NaN;
            }

            k -= 54;
            x *= Two54;
            hx = (int)(BitConverter.DoubleToInt64Bits(x) >> 32);
        }

        if (hx >= 0x7FF00000)
        {
            return x + x;
        }

        k += (hx >> 20) - 1023;
        hx &= 0x000FFFFF;
        int i = (hx + 0x95F64) & 0x100000;
        x = WithHighWord(x, hx | (i ^ 0x3FF00000));
        k += i >> 20;
        double f = x - 1.0;
        double dk;

        if ((0x000FFFFF & (2 + hx)) < 3)
        {
            // -2^-20 <= f < 2^-20
            if (f == 0.0)
            {
                if (k == 0)
                {
                    return 0.0;
                }

                dk = k;
                return (dk * Ln2Hi) + (dk * Ln2Lo);
            }

            double r0 = f * f * (0.5 - (0.33333333333333333 * f));
            if (k == 0)
            {
                return f - r0;
            }

            dk = k;
            return (dk * Ln2Hi) - ((r0 - (dk * Ln2Lo)) - f);
        }

        double s = f / (2.0 + f);
        dk = k;
        double z = s * s;
        i = hx - 0x6147A;
        double w = z * z;
        int j = 0x6B851 - hx;
        double t1 = w * (Lg2 + (w * (Lg4 + (w * Lg6))));
        double t2 = z * (Lg1 + (w * (Lg3 + (w * (Lg5 + (w * Lg7))))));
        i |= j;
        double r = t2 + t1;
        if (i > 0)
        {
            double hfsq = 0.5 * f * f;
            if (k == 0)
            {
                return f - (hfsq - (s * (hfsq + r)));
            }

            return (dk * Ln2Hi) - ((hfsq - ((s * (hfsq + r)) + (dk * Ln2Lo))) - f);
        }

        if (k == 0)
        {
            return f - (s * (f - r));
        }

        return (dk * Ln2Hi) - (((s * (f - r)) - (dk * Ln2Lo)) - f);
    }

    private static double WithHighWord(double x, int high)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        return BitConverter.Int64BitsToDouble(((long)high << 32) | (bits & 0xFFFFFFFFL));
    }

    /// <summary>
    /// <c>Math.round</c>: the nearest integer, halves toward +infinity (so -2.5 rounds to -2 and -0.4 to -0).
    /// Exact for every double, unlike <c>Math.Floor(x + 0.5)</c>.
    /// </summary>
    public static double Round(double x)
    {
        if (!double.IsFinite(x))
        {
            return x;
        }

        double up = Math.Ceiling(x);
        return up - 0.5 > x ? up - 1 : up;
    }
}
