using Site.Generator.Diagnostics;

namespace Site.Cli;

/// <summary>Prints a build's problems grouped by file, then one summary line.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var file in diagnostics.GroupBy(d => d.File))
        {
            writer.WriteLine(file.Key);
            foreach (var diagnostic in file)
            {
                var place = diagnostic.Line > 0 ? $"{diagnostic.Line}:{diagnostic.Column}" : "-";
                var level = diagnostic.Severity == Severity.Error ? "error" : "warning";
                var rule = diagnostic.Rule is null ? "" : $" [{diagnostic.Rule}]";
                writer.WriteLine($"  {place,-8} {level}{rule}: {diagnostic.Message}");
                if (diagnostic.Fix is { } fix)
                {
                    writer.WriteLine($"           {fix}");
                }
            }
        }
    }

    public static string Summary(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        return $"{errors} {(errors == 1 ? "error" : "errors")}, {warnings} {(warnings == 1 ? "warning" : "warnings")}";
    }
}
