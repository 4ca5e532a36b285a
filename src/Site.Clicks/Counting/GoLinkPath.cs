using System.Runtime.CompilerServices;

namespace Site.Clicks.Counting;

/// <summary>
/// Recognises the address of a newsletter link page: <c>/go/&lt;newsletter&gt;/&lt;link&gt;/</c>, also
/// with <c>index.html</c>, without the final slash, with a query string, below a base path
/// (<c>/partnership/go/…</c>) or as an absolute URL.
/// </summary>
internal static class GoLinkPath
{
    /// <summary>Longest newsletter or link id taken: generated ids are short slugs.</summary>
    public const int MaxIdLength = 200;

    private static readonly byte[] Marker = "/go/"u8.ToArray();
    private static readonly byte[] IndexPage = "index.html"u8.ToArray();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryMatch(ReadOnlySpan<byte> target, out ReadOnlySpan<byte> newsletter, out ReadOnlySpan<byte> link)
    {
        newsletter = default;
        link = default;
        var marker = target.IndexOf(Marker);
        if (marker < 0)
        {
            return false;
        }

        var end = target.IndexOfAny((byte)'?', (byte)'#');
        if (end >= 0)
        {
            target = target[..end];
        }

        // A base path could itself contain "/go/", so try each occurrence until one fits.
        while (marker >= 0 && marker < target.Length)
        {
            var rest = target[(marker + Marker.Length)..];
            if (TrySplit(rest, out newsletter, out link))
            {
                return true;
            }

            var next = rest.IndexOf(Marker);
            marker = next < 0 ? -1 : marker + Marker.Length + next;
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TrySplit(ReadOnlySpan<byte> rest, out ReadOnlySpan<byte> newsletter, out ReadOnlySpan<byte> link)
    {
        link = default;
        var slash = rest.IndexOf((byte)'/');
        newsletter = slash < 0 ? default : rest[..slash];
        if (!IsId(newsletter))
        {
            return false;
        }

        rest = rest[(slash + 1)..];
        slash = rest.IndexOf((byte)'/');
        link = slash < 0 ? rest : rest[..slash];
        if (!IsId(link))
        {
            return false;
        }

        var tail = slash < 0 ? default : rest[(slash + 1)..];
        return tail.IsEmpty || tail.SequenceEqual(IndexPage);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsId(ReadOnlySpan<byte> id)
    {
        if (id.IsEmpty || id.Length > MaxIdLength || id.SequenceEqual("."u8) || id.SequenceEqual(".."u8))
        {
            return false;
        }

        foreach (var b in id)
        {
            var ok = b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9')
                or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~' or (byte)'%';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
