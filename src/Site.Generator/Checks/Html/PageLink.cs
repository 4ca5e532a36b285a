using AngleSharp.Dom;

namespace Site.Generator.Checks.Html;

/// <summary>
/// A URL an element of the page points to or loads (a link, an image, a script, a stylesheet, a
/// form's action…), classified once for every link rule.
/// </summary>
/// <param name="SitePath">For internal links: the site path it resolves to, such as <c>/about/</c>.</param>
/// <param name="Fragment">The part after <c>#</c>, decoded; null when there is none.</param>
public sealed record PageLink(
    IElement Element,
    string Attribute,
    string Value,
    LinkKind Kind,
    string? SitePath,
    string? Fragment)
{
    private bool _resolved;
    private string? _outputPath;

    /// <summary>
    /// The published file an internal link goes to, or null when there is none. Looked up once and
    /// kept, since every link rule asks; a page is checked by one thread, so no lock is needed.
    /// </summary>
    public string? OutputPathIn(Links.LinkTargets targets)
    {
        if (!_resolved)
        {
            _outputPath = Kind == LinkKind.Internal && SitePath is { } path ? targets.OutputPathOf(path) : null;
            _resolved = true;
        }

        return _outputPath;
    }

    /// <summary>Is this a link a reader follows (rather than something the page loads)?</summary>
    public bool IsNavigation => Attribute == HtmlNames.Href && Element.LocalName is HtmlNames.A or HtmlNames.Area;
}

/// <summary>Where a URL goes.</summary>
public enum LinkKind
{
    /// <summary>A page or file of this site.</summary>
    Internal,

    /// <summary>A relative path that climbs above the site's root folder.</summary>
    OutsideSiteRoot,

    /// <summary>Another host, over http or https.</summary>
    External,
    Mailto,
    Tel,
    JavaScript,

    /// <summary>Any other scheme (data:, ftp:…); not checked.</summary>
    Other,
}
