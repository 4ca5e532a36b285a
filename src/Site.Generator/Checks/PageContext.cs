using Site.Generator.Checks.Html;
using Site.Generator.Checks.Links;
using Site.Generator.Checks.PlainLanguage;
using Site.Generator.Content;

namespace Site.Generator.Checks;

/// <summary>Everything a rule may read while checking one page.</summary>
public sealed class PageContext(CheckedPage page, PageIndex index, CheckSite site, LinkTargets targets)
{
    private PageProse? _prose;

    public CheckedPage Page => page;

    public PageIndex Index => index;

    public CheckSite Site => site;

    public LinkTargets Targets => targets;

    public string Url => page.Url;

    public SourceDocument? Document => page.Document;

    /// <summary>The prose split into blocks and sentences, made on first use by the plain language rules.</summary>
    public PageProse Prose => _prose ??= PageProse.Of(index.Prose);
}
