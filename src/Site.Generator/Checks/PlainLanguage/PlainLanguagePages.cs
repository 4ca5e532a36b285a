using Site.Generator.Content;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.PlainLanguage;

/// <summary>
/// Which pages are held to plain language: friendly versions (for parents and young people) and
/// pages written for families or for children and young people.
/// </summary>
public static class PlainLanguagePages
{
    public static bool Applies(PageContext page) =>
        page.Page.ShowsDocument && page.Document is { } document
        && (document.Meta.FriendlyVersionOf is not null
            || document.Meta.Audience.Contains(Audience.Families)
            || document.Meta.Audience.Contains(Audience.ChildrenAndYoungPeople)
            || document.Meta.Details is HubDetails { Audience: Audience.Families or Audience.ChildrenAndYoungPeople });

    /// <summary>Where a finding about the whole text goes: the first line of the Markdown body, or the prose block without a source.</summary>
    public static SourceSpan BodyStart(PageContext page, RuleReport report) =>
        page.Document is { } document
            ? new SourceSpan(document.SourcePath, document.BodyFirstLine, 1)
            : report.Locate(page.Index.Prose ?? page.Index.Root);
}
