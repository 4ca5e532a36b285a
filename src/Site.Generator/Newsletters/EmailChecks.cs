using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Site.Generator.Diagnostics;

namespace Site.Generator.Newsletters;

/// <summary>
/// What an email edition must be to survive mail apps, checked on the finished HTML: no wider than
/// 600 px, only absolute https addresses, alt text on every image, layout tables marked
/// role="presentation", and under 100 KB (Gmail cuts longer messages off). Each finding is an error
/// against the newsletter's source file, at the line of the address when the author wrote it.
/// </summary>
public static partial class EmailChecks
{
    public const int MaxWidth = 600;
    public const int MaxBytes = 100 * 1024;

    private static readonly string[] UrlAttributes = ["href", "src", "background", "action", "poster"];

    /// <param name="email">The inlined email edition, parsed.</param>
    /// <param name="bytes">Its size as written.</param>
    /// <param name="file">The newsletter's source file.</param>
    /// <param name="at">Where an address was written in the source, if it was.</param>
    /// <param name="pixel">The open-tracking image's address, whose empty alt text is deliberate.</param>
    public static IReadOnlyList<Diagnostic> Run(IDocument email, int bytes, string file, Func<string, SourceSpan?> at, string? pixel)
    {
        var found = new List<Diagnostic>();
        var whole = SourceSpan.WholeFile(file);
        if (bytes > MaxBytes)
        {
            found.Add(Diagnostic.Error(whole,
                $"The email edition of this newsletter is {Kilobytes(bytes)} KB; mail apps such as Gmail cut off messages over {MaxBytes / 1024} KB.",
                "Shorten the newsletter, or move long parts to a page on the website and link to them.", "email-size"));
        }

        foreach (var element in email.All)
        {
            CheckWidth(element, whole, found);
            CheckAddresses(element, whole, at, found);
            switch (element.LocalName)
            {
                case "img":
                    CheckAlt(element, whole, at, pixel, found);
                    break;
                case "table" when !IsDataTable(element) && element.GetAttribute("role") != "presentation":
                    found.Add(Diagnostic.Error(whole, "A table in the email edition is neither a data table (with header cells) nor marked role=\"presentation\".",
                        "Give a table of data a header row; a table used for layout needs role=\"presentation\" so screen readers do not announce it.", "email-layout-table"));
                    break;
            }
        }

        return found;
    }

    /// <summary>A table that holds data (it has header cells or a caption) rather than layout.</summary>
    public static bool IsDataTable(IElement table) => table.QuerySelector("th, caption") is not null;

    private static void CheckWidth(IElement element, SourceSpan whole, List<Diagnostic> found)
    {
        var widths = new List<int>();
        if (element.GetAttribute("width") is { } attribute && int.TryParse(attribute.Trim().TrimEnd('x').TrimEnd('p'), NumberStyles.None, CultureInfo.InvariantCulture, out var pixels))
        {
            widths.Add(pixels);
        }

        if (element.GetAttribute("style") is { } style)
        {
            widths.AddRange(StyleWidths().Matches(style).Select(m => (int)Math.Ceiling(double.Parse(m.Groups["px"].Value, CultureInfo.InvariantCulture))));
        }

        if (widths.Count > 0 && widths.Max() > MaxWidth)
        {
            found.Add(Diagnostic.Error(whole, $"A <{element.LocalName}> in the email edition is {widths.Max()} px wide; emails must be at most {MaxWidth} px wide.",
                $"Make it {MaxWidth} px or narrower, or give it a width in per cent.", "email-width"));
        }
    }

    private static void CheckAddresses(IElement element, SourceSpan whole, Func<string, SourceSpan?> at, List<Diagnostic> found)
    {
        foreach (var name in UrlAttributes)
        {
            if (element.GetAttribute(name) is not { } url)
            {
                continue;
            }

            var ok = !url.StartsWith("//", StringComparison.Ordinal)
                && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;
            if (!ok)
            {
                found.Add(Diagnostic.Error(at(url) ?? whole, $"The email edition has the address '{url}', which is not an absolute https:// address.",
                    "Mail apps need full https:// addresses: link to pages of this site as /path/ (the build completes them), and to other sites with https://.", "email-absolute-https"));
            }
        }
    }

    private static void CheckAlt(IElement image, SourceSpan whole, Func<string, SourceSpan?> at, string? pixel, List<Diagnostic> found)
    {
        var src = image.GetAttribute("src") ?? "";
        if (pixel is not null && src == pixel)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(image.GetAttribute("alt")))
        {
            found.Add(Diagnostic.Error(at(src) ?? whole, $"The image '{src}' has no alt text; many mail apps do not show images until asked.",
                "Describe the image in the brackets: ![what the image shows](address).", "email-image-alt"));
        }
    }

    private static string Kilobytes(int bytes) => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?:^|;)\s*(?:min-|max-)?width\s*:\s*(?<px>\d+(?:\.\d+)?)px", RegexOptions.IgnoreCase)]
    private static partial Regex StyleWidths();
}
