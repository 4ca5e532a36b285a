using Site.Generator.Data;
using Site.Generator.Diagnostics;
using Site.Generator.Urls;

namespace Site.Generator.Content;

/// <summary>
/// Finds the site's sources under content/: Markdown documents (read and validated in parallel)
/// and the static files copied as they are.
/// </summary>
public static class ContentReader
{
    /// <summary>What was found: documents to publish, and files to copy.</summary>
    public sealed record Sources(IReadOnlyList<SourceDocument> Documents, IReadOnlyList<StaticFile> Files);

    /// <summary>A file published unchanged (downloads, images) at the same path.</summary>
    public sealed record StaticFile(string SourcePath, string FullPath, long Length);

    public static Sources Read(string contentDirectory, DiagnosticBag diagnostics)
    {
        var markdown = new List<(string Relative, string Full)>();
        var files = new List<StaticFile>();
        foreach (var full in Directory.EnumerateFiles(contentDirectory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(contentDirectory, full).Replace('\\', '/');
            if (IsIgnored(relative))
            {
                continue;
            }

            if (relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                markdown.Add((relative, full));
            }
            else
            {
                files.Add(new StaticFile(relative, full, new FileInfo(full).Length));
            }
        }

        var documents = new SourceDocument?[markdown.Count];
        Parallel.For(0, markdown.Count, i =>
        {
            // Each file reports into a bag of its own: the front matter reader counts what was reported
            // while it read, to tell a file with errors; a shared bag would count other files' errors too.
            var own = new DiagnosticBag();
            documents[i] = ReadDocument(markdown[i].Relative, markdown[i].Full, own);
            diagnostics.AddRange(own.Sorted);
        });
        var published = documents.OfType<SourceDocument>().OrderBy(d => d.SourcePath, StringComparer.Ordinal).ToList();
        files.Sort((a, b) => string.CompareOrdinal(a.SourcePath, b.SourcePath));
        return new Sources(WithoutClashingAddresses(published, diagnostics), files);
    }

    public static SourceDocument? ReadDocument(string relative, string full, DiagnosticBag diagnostics)
    {
        var text = SourceText.Read(full, relative, diagnostics);
        return text is null ? null : Parse(relative, text, diagnostics);
    }

    /// <summary>Reads a document from text; used by the build and by tests of single files.</summary>
    public static SourceDocument? Parse(string relative, string text, DiagnosticBag diagnostics)
    {
        var folderType = FolderType(relative);
        var result = FrontMatterReader.Read(relative, text, folderType, diagnostics);
        if (result.Meta is null)
        {
            return null;
        }

        return new SourceDocument(relative, SiteUrls.ForSource(relative), result.Type, result.Meta, result.Body, result.BodyFirstLine);
    }

    private static ContentType FolderType(string relative)
    {
        if (relative is "index.md" or "_index.md")
        {
            return ContentType.Home;
        }

        var parts = relative.Split('/');
        if (parts[^1] == "_index.md")
        {
            return ContentType.Section;
        }

        return parts.Length > 1 && ContentNames.SectionTypes.TryGetValue(parts[0], out var type) ? type : ContentType.Page;
    }

    // Settings and data feed the theme; hidden files and editor leftovers are not part of the site.
    private static bool IsIgnored(string relative) =>
        relative == SettingsReader.FileName
        || relative.StartsWith(DataReader.Folder + "/", StringComparison.Ordinal)
        || relative.Split('/').Any(part => part.StartsWith('.'))
        || relative.EndsWith('~');

    /// <summary>Reports files that would share an address and keeps only the first of each.</summary>
    private static List<SourceDocument> WithoutClashingAddresses(IReadOnlyList<SourceDocument> documents, DiagnosticBag diagnostics)
    {
        foreach (var clash in documents.GroupBy(d => d.Url).Where(g => g.Count() > 1))
        {
            var first = clash.First();
            foreach (var other in clash.Skip(1))
            {
                diagnostics.Add(Diagnostic.Error(SourceSpan.WholeFile(other.SourcePath),
                    $"This file would be published at {clash.Key}, the same address as {first.SourcePath}.",
                    "Rename or move one of the two files."));
            }
        }

        return documents.DistinctBy(d => d.Url).ToList();
    }
}
