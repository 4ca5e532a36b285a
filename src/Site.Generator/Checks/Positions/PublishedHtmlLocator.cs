using AngleSharp.Dom;
using SourceSpan = Site.Generator.Diagnostics.SourceSpan;

namespace Site.Generator.Checks.Positions;

/// <summary>
/// Points at the published HTML file itself, for checks of an output folder; the page must have been
/// parsed with source references kept.
/// </summary>
public sealed class PublishedHtmlLocator(string displayPath) : ISourceLocator
{
    public SourceSpan Locate(IElement element) =>
        element.SourceReference is { } source
            ? new SourceSpan(displayPath, source.Position.Line, source.Position.Column)
            : SourceSpan.WholeFile(displayPath);
}
