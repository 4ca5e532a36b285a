using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Site.Generator.Markdown.Callouts;
using Site.Generator.Markdown.DataBlocks;
using Site.Generator.Markdown.FileLinks;
using Site.Generator.Markdown.Tables;

namespace Site.Generator.Markdown;

/// <summary>
/// The site's one Markdown pipeline: the extensions authors need plus our own (callouts, download
/// annotations, data blocks). Built once per build and then shared by every page, in parallel.
/// </summary>
public static class SiteMarkdown
{
    /// <param name="fileSize">Size in bytes of a site path the build publishes, or null if there is none.</param>
    public static MarkdownPipeline Build(Func<string, long?> fileSize) =>
        new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UsePipeTables()
            .Use(new TableAlignmentExtension())
            .UseFootnotes()
            .UseTaskLists()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseAlertBlocks()
            .Use(new CalloutExtension())
            .Use(new DataBlockExtension())
            .Use(new FileLinkExtension(fileSize))
            .UseGenericAttributes()
            .Build();
}
