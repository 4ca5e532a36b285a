using Site.Generator.Diagnostics;

namespace Site.Generator.Data;

/// <summary>Everything about the site as a whole, from content/site.yml; neutral defaults without one.</summary>
public sealed record SiteSettings
{
    public string Name { get; init; } = "Safeguarding Children Partnership";
    public string? ShortName { get; init; }
    public Uri BaseUrl { get; init; } = new("https://example.org/");
    public string Language { get; init; } = "en-GB";
    public string? Description { get; init; }
    public IReadOnlyList<Partner> Partners { get; init; } = [];
    public Uri ExitThisPage { get; init; } = new("https://www.bbc.co.uk/weather");
    public IReadOnlyList<NavigationLink> Navigation { get; init; } = [];
    public IReadOnlyList<NavigationLink> Footer { get; init; } = [];
    public CheckSettings Checks { get; init; } = new();
    public NewsletterSettings Newsletters { get; init; } = new();
}

/// <summary>One of the statutory partners.</summary>
public sealed record Partner(string Name, string? Role);

/// <summary>A link in the header navigation or the footer.</summary>
public sealed record NavigationLink(string Title, string Url);

/// <summary>How the build-time checks run: targets and per-rule severities chosen by the site.</summary>
public sealed record CheckSettings
{
    /// <summary>Reading age (in years) pages for families and young people should meet.</summary>
    public int ReadingAge { get; init; } = 11;

    /// <summary>Rule id to the severity the site wants; a missing rule keeps its default, null turns it off.</summary>
    public IReadOnlyDictionary<string, Severity?> Rules { get; init; } = new Dictionary<string, Severity?>();
}

/// <summary>Newsletter choices that affect readers' privacy.</summary>
public sealed record NewsletterSettings
{
    /// <summary>Adds an open-tracking image to email editions; it needs readers' consent under PECR.</summary>
    public bool OpenTracking { get; init; }
}
