namespace Site.Generator.Build;

/// <summary>What to build and where: the choices a command line or a test makes.</summary>
public sealed record BuildOptions
{
    public required string ContentDirectory { get; init; }
    public required string OutputDirectory { get; init; }

    /// <summary>Publish drafts and future-dated items too (for previewing).</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>The date that decides what is future-dated or overdue for review.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.Now);

    /// <summary>Where the checks write their JSON report; null puts it in .site/check-report.json beside the output folder.</summary>
    public string? CheckReport { get; init; }

    /// <summary>The built theme assets (site.css, site.js…); by default the copy beside the program.</summary>
    public string ThemeDirectory { get; init; } = Path.Combine(AppContext.BaseDirectory, "theme");
}
