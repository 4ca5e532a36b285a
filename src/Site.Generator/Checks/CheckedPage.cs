using AngleSharp.Dom;
using Site.Generator.Content;
using SourceSpan = Site.Generator.Diagnostics.SourceSpan;

namespace Site.Generator.Checks;

/// <summary>
/// One web page as the checks see it: its address, where it is published, its HTML parsed once, and
/// the Markdown document it shows (null for pages the generator makes on its own, or when checking
/// a published folder without its content).
/// </summary>
/// <param name="DataBlocks">Where the body's data blocks were written, in order; their HTML carries no position of its own.</param>
public sealed record CheckedPage(
    string Url,
    string OutputPath,
    IDocument Html,
    SourceDocument? Document,
    IReadOnlyList<SourceSpan> DataBlocks)
{
    /// <summary>Is this the page that shows its document's own text (not page 2 of a listing)?</summary>
    public bool ShowsDocument => Document is not null && string.Equals(Document.Url, Url, StringComparison.Ordinal);
}
