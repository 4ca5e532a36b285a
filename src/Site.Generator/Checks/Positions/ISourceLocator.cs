using AngleSharp.Dom;
using SourceSpan = Site.Generator.Diagnostics.SourceSpan;

namespace Site.Generator.Checks.Positions;

/// <summary>Says where an author fixes an element of a page: the file, line and column that produced it.</summary>
public interface ISourceLocator
{
    SourceSpan Locate(IElement element);
}
