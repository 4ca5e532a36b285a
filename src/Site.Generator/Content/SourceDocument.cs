namespace Site.Generator.Content;

/// <summary>
/// One Markdown file after its front matter has been read: where it came from, where it will be
/// published, what it is, and the Markdown body with the line it starts on (for source positions).
/// </summary>
public sealed record SourceDocument(
    string SourcePath,
    string Url,
    ContentType Type,
    FrontMatter Meta,
    string Body,
    int BodyFirstLine)
{
    /// <summary>The last part of the address, such as <c>neglect-audit</c>; empty for the home page.</summary>
    public string Slug => Url.TrimEnd('/').Split('/')[^1];

    /// <summary>The first folder of the address, such as <c>learning-briefs</c>; empty at the top level.</summary>
    public string Section => Url.Split('/', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } parts ? parts[0] : "";
}
