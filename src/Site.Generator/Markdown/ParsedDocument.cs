using Markdig.Syntax;
using Site.Generator.Content;

namespace Site.Generator.Markdown;

/// <summary>A document with its Markdown body parsed (line numbers relative to the body).</summary>
public sealed record ParsedDocument(SourceDocument Source, MarkdownDocument Markdown);

/// <summary>A document with its body rendered to HTML segments.</summary>
public sealed record RenderedDocument(SourceDocument Source, RenderedBody Body);
