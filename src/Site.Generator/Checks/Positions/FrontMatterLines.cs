using Site.Generator.Content;
using SourceSpan = Site.Generator.Diagnostics.SourceSpan;

namespace Site.Generator.Checks.Positions;

/// <summary>
/// Finds the line of a front matter field, for findings about a whole document (its summary, its
/// review date). The file is read again only when there is something to report.
/// </summary>
public static class FrontMatterLines
{
    /// <summary>The field's line; the title's line when the field is missing; line 1 when the file cannot be read.</summary>
    public static SourceSpan Find(SourceDocument document, string? contentDirectory, string field, string fallbackField = "title")
    {
        var lines = ReadFrontMatter(document, contentDirectory);
        return LineOf(lines, field, document) ?? LineOf(lines, fallbackField, document) ?? new SourceSpan(document.SourcePath, 1, 1);
    }

    private static SourceSpan? LineOf(string[] lines, string field, SourceDocument document)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith(field + ":", StringComparison.Ordinal))
            {
                return new SourceSpan(document.SourcePath, i + 1, 1);
            }
        }

        return null;
    }

    private static string[] ReadFrontMatter(SourceDocument document, string? contentDirectory)
    {
        var path = contentDirectory is null ? null : Path.Combine(contentDirectory, document.SourcePath);
        if (path is null || !File.Exists(path))
        {
            return [];
        }

        return File.ReadLines(path).Take(Math.Max(0, document.BodyFirstLine - 1)).ToArray();
    }
}
