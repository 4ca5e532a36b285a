namespace Site.Generator.Newsletters;

/// <summary>
/// The opt-in open-tracking image: a 1×1 transparent GIF, published at <see cref="Urls.SiteUrls.OpenTrackingPixel"/>.
/// Off by default, because under PECR reading whether someone opened an email needs their consent.
/// It carries no per-reader identifier, so it counts opens of an edition, not who opened it.
/// </summary>
public static class OpenTrackingPixel
{
    /// <summary>The smallest common form of a transparent 1×1 GIF (43 bytes).</summary>
    public static byte[] Gif() =>
    [
        // Header and logical screen: "GIF89a", 1 × 1, a global colour table of two colours.
        0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00,

        // The colour table: black, white.
        0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF,

        // Graphic control extension: colour 0 is transparent.
        0x21, 0xF9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00,

        // Image descriptor: at 0,0, 1 × 1, no local colour table.
        0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,

        // Image data: LZW minimum code size 2, one sub-block of 2 bytes (clear, pixel 0, end), terminator.
        0x02, 0x02, 0x44, 0x01, 0x00,

        // Trailer.
        0x3B,
    ];
}
