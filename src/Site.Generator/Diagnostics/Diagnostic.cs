namespace Site.Generator.Diagnostics;

/// <summary>How serious a finding is: errors fail the build, warnings are reported and the build goes on.</summary>
public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// A problem found in the site's sources, pointing at the place an author can fix it.
/// Line and column are 1-based; 0 means "the whole file".
/// </summary>
public sealed record Diagnostic(
    Severity Severity,
    string File,
    int Line,
    int Column,
    string Message,
    string? Fix = null,
    string? Rule = null)
{
    public static Diagnostic Error(SourceSpan at, string message, string? fix = null, string? rule = null) =>
        new(Severity.Error, at.File, at.Line, at.Column, message, fix, rule);

    public static Diagnostic Warning(SourceSpan at, string message, string? fix = null, string? rule = null) =>
        new(Severity.Warning, at.File, at.Line, at.Column, message, fix, rule);

    /// <summary>The form editors and terminals recognise: <c>content/a.md:3:7: error: ...</c>.</summary>
    public override string ToString()
    {
        var place = Line > 0 ? $"{File}:{Line}:{Column}" : File;
        var level = Severity == Severity.Error ? "error" : "warning";
        var rule = Rule is null ? "" : $" [{Rule}]";
        var fix = Fix is null ? "" : $"\n    {Fix}";
        return $"{place}: {level}{rule}: {Message}{fix}";
    }
}

/// <summary>A place in a source file, as the author sees it (path relative to the site folder).</summary>
public readonly record struct SourceSpan(string File, int Line, int Column)
{
    public static SourceSpan WholeFile(string file) => new(file, 0, 0);
}
