namespace Site.Generator.Theme.Email;

/// <summary>
/// What the email edition's template shows. Every address in it is already absolute and, for
/// links, already the tracked <c>/go/</c> address: the template only lays things out.
/// </summary>
public sealed record EmailEditionModel
{
    public required string Language { get; init; }
    public required string SiteName { get; init; }

    /// <summary>Names of the statutory partners, for the footer; may be empty.</summary>
    public IReadOnlyList<string> Partners { get; init; } = [];

    public required string Title { get; init; }

    /// <summary>Shown by mail apps next to the subject line, hidden in the message itself.</summary>
    public string? Preheader { get; init; }

    public string? Date { get; init; }

    /// <summary>The tracked link to the web edition ("View this newsletter in your browser").</summary>
    public required string WebEditionLink { get; init; }

    /// <summary>The text before the first section, as HTML.</summary>
    public string IntroHtml { get; init; } = "";

    public IReadOnlyList<EmailSection> Sections { get; init; } = [];

    /// <summary>The address of the open-tracking image, only when the site has chosen it.</summary>
    public string? OpenPixel { get; init; }
}

/// <summary>One <c>##</c> section of a newsletter: its anchor id, its heading and its content as HTML.</summary>
public sealed record EmailSection(string Id, string Title, string HeadingHtml, string Html);
