using Site.Generator.Checks.Accessibility;
using Site.Generator.Checks.ExternalLinks;
using Site.Generator.Checks.Links;
using Site.Generator.Checks.PlainLanguage;
using Site.Generator.Checks.Publishing;
using Site.Generator.Checks.Security;

namespace Site.Generator.Checks;

/// <summary>Every rule the checks run, in the order docs/CHECKS.md lists them.</summary>
public static class RuleCatalog
{
    public static readonly IReadOnlyList<IPageRule> PageRules =
    [
        // Links
        new BrokenLinkRule(),
        new BrokenFragmentRule(),
        new LinkToDraftRule(),
        new LinkOutsideSiteRule(),
        new MalformedContactLinkRule(),
        new DownloadLinkTextRule(),

        // Accessibility
        new HtmlHasLangRule(),
        new DocumentTitleRule(),
        new ImageAltRule(),
        new LinkNameRule(),
        new ButtonNameRule(),
        new VagueLinkTextRule(),
        new HeadingOrderRule(),
        new PageHasHeadingOneRule(),
        new EmptyHeadingRule(),
        new DuplicateIdRule(),
        new TableHeadersRule(),
        new ThHasDataCellsRule(),
        new ScopeAttrValidRule(),
        new LabelRule(),
        new FrameTitleRule(),
        new LandmarkOneMainRule(),
        new MetaRefreshRule(),
        new MetaViewportRule(),
        new ListRule(),
        new ListItemRule(),

        // Security
        new ScriptInContentRule(),
        new InlineEventHandlerRule(),
        new JavaScriptUrlRule(),

        // Plain language
        new ReadingAgeRule(),
        new LongSentenceRule(),
        new WordsToAvoidRule(),
        new AcronymExplainedRule(),
        new AcronymInGlossaryRule(),

        // Publishing
        new ReviewByPassedRule(),
        new LearningBriefLengthRule(),
        new ScrutinyResponseLengthRule(),
        new MissingSummaryRule(),
    ];

    /// <summary>Every rule id a site can configure, including the external link check that runs after the pages.</summary>
    public static IReadOnlySet<string> Ids { get; } =
        PageRules.Select(r => r.Id).Append(BrokenExternalLinkRule.Id).ToHashSet(StringComparer.Ordinal);
}
