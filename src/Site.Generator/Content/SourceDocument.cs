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
    public string Slug
    {
        get
        {
            var path = Url.AsSpan().TrimEnd('/');
            return path[(path.LastIndexOf('/') + 1)..].ToString();
        }
    }

    /// <summary>The first folder of the address, such as <c>learning-briefs</c>; empty at the top level.</summary>
    public string Section
    {
        get
        {
            var path = Url.AsSpan().TrimStart('/');
            var end = path.IndexOf('/');
            return end < 0 || path[end..].Trim('/').IsEmpty ? "" : path[..end].ToString();
        }
    }
}
