using AngleSharp.Dom;
using Site.Generator.Checks.Links;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks;

/// <summary>How one rule reports on one page: it knows the rule, its severity and where elements come from.</summary>
public readonly struct RuleReport(PageFindings findings, string rule, Severity severity)
{
    /// <summary>A problem with an element, at the element's source.</summary>
    public void Add(IElement element, string message, string? fix = null) =>
        findings.Add(new Finding(rule, severity, findings.Locate(element), message, fix, findings.PageUrl, element));

    /// <summary>Where an element comes from, for findings placed relative to it (a sentence inside a paragraph).</summary>
    public SourceSpan Locate(IElement element) => findings.Locate(element);

    /// <summary>A problem at a known place (a front matter field, a line inside a paragraph).</summary>
    public void AddAt(SourceSpan at, IElement? element, string message, string? fix = null) =>
        findings.Add(new Finding(rule, severity, at, message, fix, findings.PageUrl, element));

    /// <summary>A link to a fragment of another page, to be checked once that page's ids are known.</summary>
    public void AddOtherPageFragment(IElement element, string value, string fragment, string targetPath, string sitePath) =>
        findings.Add(new OtherPageFragment(rule, severity, findings.Locate(element), findings.PageUrl, element, value, fragment, targetPath, sitePath));

    /// <summary>A problem that is the same wherever it is found (see <see cref="Finding.GroupKey"/>).</summary>
    public void AddGrouped(SourceSpan at, IElement? element, string groupKey, string message, string? fix = null) =>
        findings.Add(new Finding(rule, severity, at, message, fix, findings.PageUrl, element, groupKey));
}
