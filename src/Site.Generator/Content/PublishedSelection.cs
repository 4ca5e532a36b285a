using Site.Generator.Diagnostics;

namespace Site.Generator.Content;

/// <summary>
/// Decides what is published: drafts and items dated in the future stay out unless the build is a
/// preview of drafts. Also checks what documents say about each other (friendly versions, topics).
/// </summary>
public static class PublishedSelection
{
    public static IReadOnlyList<SourceDocument> Select(IReadOnlyList<SourceDocument> documents, bool includeDrafts, DateOnly today) =>
        includeDrafts
            ? documents
            : documents.Where(d => !d.Meta.Draft && !(d.Meta.Date > today)).ToList();

    public static void CheckReferences(IReadOnlyList<SourceDocument> all, IReadOnlyList<SourceDocument> published, DiagnosticBag diagnostics)
    {
        var bySource = all.ToDictionary(d => d.SourcePath, StringComparer.Ordinal);
        var publishedSources = published.Select(d => d.SourcePath).ToHashSet(StringComparer.Ordinal);
        var topicFiles = all.Where(d => d.Type == ContentType.Topic).Select(d => d.Slug).ToHashSet(StringComparer.Ordinal);
        var hasTopicFolder = topicFiles.Count > 0;

        foreach (var document in published)
        {
            if (document.Meta.FriendlyVersionOf is { } fullPath)
            {
                var at = document.Meta.Positions.FriendlyVersionOf ?? SourceSpan.WholeFile(document.SourcePath);
                if (!bySource.TryGetValue(fullPath.TrimStart('/'), out var full))
                {
                    diagnostics.Add(Diagnostic.Error(at, $"'friendly-version-of' names {fullPath}, which is not a file under content/.",
                        "Give the path of the full version under content/, for example arrangements/index.md."));
                }
                else if (!publishedSources.Contains(full.SourcePath))
                {
                    diagnostics.Add(Diagnostic.Error(at, $"The full version {fullPath} is a draft or not yet published, so this friendly version would link to nothing.",
                        "Publish both versions together."));
                }
            }

            if (hasTopicFolder)
            {
                foreach (var topic in document.Meta.Topics.Where(t => !topicFiles.Contains(t)))
                {
                    diagnostics.Add(Diagnostic.Error(document.Meta.Positions.Topics ?? SourceSpan.WholeFile(document.SourcePath),
                        $"There is no topic called '{topic}'.",
                        $"Use one of: {string.Join(", ", topicFiles.Order(StringComparer.Ordinal))}, or add content/topics/{topic}.md."));
                }
            }
        }

        var friendlies = published.Where(d => d.Meta.FriendlyVersionOf is not null).GroupBy(d => d.Meta.FriendlyVersionOf!.TrimStart('/'));
        foreach (var group in friendlies.Where(g => g.Count() > 1))
        {
            foreach (var extra in group.Skip(1))
            {
                diagnostics.Add(Diagnostic.Error(extra.Meta.Positions.FriendlyVersionOf ?? SourceSpan.WholeFile(extra.SourcePath),
                    $"{group.First().SourcePath} is already the friendly version of {group.Key}.",
                    "A document has at most one friendly version; merge the two."));
            }
        }
    }
}
