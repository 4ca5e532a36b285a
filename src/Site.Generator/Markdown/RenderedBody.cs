using Site.Generator.Diagnostics;

namespace Site.Generator.Markdown;

/// <summary>A page's body after rendering: HTML cut where data blocks go, and its outline.</summary>
public sealed record RenderedBody(IReadOnlyList<BodySegment> Segments, IReadOnlyList<Heading> Headings)
{
    public static readonly RenderedBody Empty = new([], []);
}

/// <summary>A piece of a rendered body.</summary>
public abstract record BodySegment;

/// <summary>HTML rendered from the author's Markdown.</summary>
public sealed record HtmlSegment(string Html) : BodySegment;

/// <summary>The place of a data block; the template renders its component here.</summary>
public sealed record BlockSegment(string Name, string? Argument, SourceSpan At) : BodySegment;

/// <summary>A heading of the body, with the anchor readers can link to.</summary>
public sealed record Heading(int Level, string Id, string Text, SourceSpan At);
