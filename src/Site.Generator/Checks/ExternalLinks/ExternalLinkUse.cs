using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.ExternalLinks;

/// <summary>A link to another site, where it is written and on which page.</summary>
public sealed record ExternalLinkUse(string Url, SourceSpan At, string PageUrl);
