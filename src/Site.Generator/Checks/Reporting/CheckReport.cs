using System.Text.Json;
using System.Text.Json.Serialization;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Reporting;

/// <summary>The machine-readable report of a check run, for CI and dashboards; written outside the published folder.</summary>
public sealed record CheckReport(
    DateTimeOffset Generated,
    int PagesChecked,
    int Errors,
    int Warnings,
    IReadOnlyList<CheckReportEntry> Findings)
{
    public static CheckReport From(IReadOnlyList<Diagnostic> diagnostics, int pagesChecked, DateTimeOffset generated)
    {
        var entries = diagnostics.Select(d => new CheckReportEntry(
            d.Severity == Severity.Error ? "error" : "warning", d.Rule, d.File, d.Line, d.Column, d.Message, d.Fix)).ToList();
        var errors = entries.Count(e => e.Severity == "error");
        return new CheckReport(generated, pagesChecked, errors, entries.Count - errors, entries);
    }

    /// <summary>Writes the report as indented JSON, creating its folder.</summary>
    public void Write(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        File.WriteAllBytes(file, JsonSerializer.SerializeToUtf8Bytes(this, CheckReportJson.Default.CheckReport));
    }

    /// <summary>The default place: <c>.site/check-report.json</c> beside the output folder (or in it, when the output is itself under .site).</summary>
    public static string BesideOutput(string outputDirectory)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar))!;
        var siteFolder = Path.GetFileName(parent) == SiteFolder ? parent : Path.Combine(parent, SiteFolder);
        return Path.Combine(siteFolder, FileName);
    }

    public const string SiteFolder = ".site";
    public const string FileName = "check-report.json";
}

/// <summary>One finding in the report.</summary>
public sealed record CheckReportEntry(string Severity, string? Rule, string File, int Line, int Column, string Message, string? Fix);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CheckReport))]
internal sealed partial class CheckReportJson : JsonSerializerContext;
