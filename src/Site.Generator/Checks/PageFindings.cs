using AngleSharp.Dom;
using Site.Generator.Checks.Links;
using Site.Generator.Checks.Positions;
using SourceSpan = Site.Generator.Diagnostics.SourceSpan;

namespace Site.Generator.Checks;

/// <summary>The findings of every rule on one page; one per page, so rules on different pages never contend.</summary>
/// <param name="keepElements">Whether findings keep the element at fault (see <see cref="Finding.Element"/>).</param>
public sealed class PageFindings(string pageUrl, ISourceLocator locator, bool keepElements = true)
{
    private readonly List<Finding> _items = [];
    private readonly List<OtherPageFragment> _otherPageFragments = [];

    public string PageUrl => pageUrl;

    public IReadOnlyList<Finding> Items => _items;

    /// <summary>Links to a fragment of another page, settled when every page has been checked.</summary>
    public IReadOnlyList<OtherPageFragment> OtherPageFragments => _otherPageFragments;

    public SourceSpan Locate(IElement element) => locator.Locate(element);

    public void Add(Finding finding) => _items.Add(keepElements ? finding : finding with { Element = null });

    public void Add(OtherPageFragment link) => _otherPageFragments.Add(keepElements ? link : link with { Element = null });
}
