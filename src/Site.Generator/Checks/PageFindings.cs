using AngleSharp.Dom;
using Site.Generator.Checks.Positions;
using SourceSpan = Site.Generator.Diagnostics.SourceSpan;

namespace Site.Generator.Checks;

/// <summary>The findings of every rule on one page; one per page, so rules on different pages never contend.</summary>
public sealed class PageFindings(string pageUrl, ISourceLocator locator)
{
    private readonly List<Finding> _items = [];

    public string PageUrl => pageUrl;

    public IReadOnlyList<Finding> Items => _items;

    public SourceSpan Locate(IElement element) => locator.Locate(element);

    public void Add(Finding finding) => _items.Add(finding);
}
