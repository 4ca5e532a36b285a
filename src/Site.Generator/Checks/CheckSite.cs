using Site.Generator.Content;
using Site.Generator.Data;

namespace Site.Generator.Checks;

/// <summary>What the checks know about the site as a whole, beyond the page in hand.</summary>
public sealed record CheckSite
{
    /// <summary>Every path the build publishes, without the leading slash (<c>about/index.html</c>).</summary>
    public required IReadOnlySet<string> OutputPaths { get; init; }

    /// <summary>Documents that exist in content/ but are not published (drafts, future dates), by address.</summary>
    public IReadOnlyDictionary<string, SourceDocument> Unpublished { get; init; } = new Dictionary<string, SourceDocument>();

    public CheckSettings Settings { get; init; } = new();

    public IReadOnlyList<GlossaryEntry> Glossary { get; init; } = [];

    /// <summary>The glossary by term, for looking up acronyms.</summary>
    public IReadOnlyDictionary<string, GlossaryEntry> GlossaryByTerm => _glossaryByTerm ??= PlainLanguage.Acronyms.ByTerm(Glossary);

    private Dictionary<string, GlossaryEntry>? _glossaryByTerm;

    /// <summary>The date review-by dates are compared with.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>The content folder, to find front matter fields by line; null when it is not at hand.</summary>
    public string? ContentDirectory { get; init; }

    /// <summary>Where findings point: at the Markdown and templates (a build), or at the published HTML (a folder check).</summary>
    public PositionSource Positions { get; init; } = PositionSource.Sources;

    /// <summary>How the published folder is named in findings about its files, such as <c>output</c>.</summary>
    public string OutputFolderName { get; init; } = "output";

    /// <summary>Gather links to other hosts for <see cref="ExternalLinks.ExternalLinkChecker"/>.</summary>
    public bool CollectExternalLinks { get; init; }
}

/// <summary>What a finding's file, line and column refer to.</summary>
public enum PositionSource
{
    /// <summary>The Markdown file and line that produced an element, or the theme template for the page's chrome.</summary>
    Sources,

    /// <summary>The published HTML file itself, for checks of an output folder.</summary>
    PublishedHtml,
}
