using System.Collections.Concurrent;
using System.Diagnostics;
using AngleSharp.Html.Parser;
using Site.Generator.Checks;
using Site.Generator.Content;
using Site.Generator.Data;
using Site.Generator.Diagnostics;
using Site.Generator.Markdown;
using Site.Generator.Markdown.SourcePositions;
using Site.Generator.Newsletters;
using Site.Generator.Outputs;
using Site.Generator.Pages;
using Site.Generator.Search;
using Site.Generator.Theme;
using Site.Generator.Urls;

namespace Site.Generator.Build;

/// <summary>
/// The whole build, read top to bottom: input (settings, data, documents), process (select, parse,
/// check, render Markdown), post-process (plan every output, then lay out, check and index each page
/// in one pass) and output. Files are staged beside the output folder as they are made, and replace
/// it in one move only when there are no errors.
/// </summary>
public sealed class SiteBuilder(BuildOptions options)
{
    private readonly List<PhaseTiming> _timings = [];
    private readonly Stopwatch _clock = new();
    private long _allocatedAtStart;
    private TimeSpan _pausedAtStart;

    public BuildResult Build()
    {
        var diagnostics = new DiagnosticBag();
        if (!CheckFolders(diagnostics))
        {
            return Result(diagnostics, 0, 0);
        }

        using var output = new OutputSet(options.OutputDirectory);

        // Input
        Phase("read");
        var settings = SettingsReader.Read(options.ContentDirectory, diagnostics);
        var data = DataReader.Read(options.ContentDirectory, diagnostics);
        var sources = ContentReader.Read(options.ContentDirectory, diagnostics);
        var published = PublishedSelection.Select(sources.Documents, options.IncludeDrafts, options.Today);
        PublishedSelection.CheckReferences(sources.Documents, published, diagnostics);

        // Process
        var (rendered, newsletterMarkdown) = ParseAndRender(sources, published, data, diagnostics);

        // Post-process. Every output but the pages' own HTML and the search index is planned before
        // the pages are laid out, so each page can be checked as soon as it is made.
        Phase("plan");
        var assets = ThemeAssets.Publish(options.ThemeDirectory, output, diagnostics);
        var site = new SiteContext(settings, data, assets, published, options.Today);
        var pages = PagePlanner.Plan(site, rendered);

        // The pages and the search files are added last; whatever would take their place first is refused by name.
        foreach (var page in pages)
        {
            output.Plan(SiteUrls.OutputFile(page.Url), page.Document is { } document ? $"the page made from {document.SourcePath}" : $"the site's page {page.Url}");
        }

        foreach (var url in SearchIndex.OutputUrls)
        {
            output.Plan(SiteUrls.OutputFile(url), "the search index");
        }

        Phase("newsletters");
        NewsletterEditions.Publish(site, newsletterMarkdown, rendered, output, diagnostics);

        Phase("feeds");
        AtomFeeds.Write(site, output);
        SitemapAndRobots.Write(site, pages, output);
        CopyFiles(sources.Files, output, diagnostics);

        Phase("layout");
        var outputPaths = output.Paths.Concat(output.PlannedPaths).ToHashSet(StringComparer.Ordinal);
        var checks = new BuildChecks(outputPaths, sources.Documents, published, settings, data, options);
        var searchIndex = LayOut(pages, output, checks);

        Phase("search index");
        searchIndex.GetAwaiter().GetResult();

        Phase("checks");
        checks.Finish(diagnostics);

        // Output
        Phase("write");
        if (!diagnostics.HasErrors)
        {
            output.Publish();
        }

        return Result(diagnostics, pages.Count, output.Paths.Count);
    }

    /// <summary>
    /// Parses every published document's Markdown, checks it and renders it to HTML, one document at a
    /// time, so each syntax tree is let go as soon as its HTML is made (a tree is thousands of small
    /// objects; kept for the whole step, every tree would be copied into the collector's oldest
    /// generation). Only the newsletters' trees are kept: their email editions are made from them.
    /// </summary>
    private (IReadOnlyList<RenderedDocument> Rendered, IReadOnlyList<ParsedDocument> Newsletters) ParseAndRender(
        ContentReader.Sources sources, IReadOnlyList<SourceDocument> published, SiteData data, DiagnosticBag diagnostics)
    {
        Phase("parse and render");
        var fileSizes = sources.Files.ToDictionary(f => "/" + f.SourcePath, f => f.Length, StringComparer.Ordinal);
        var bodies = new BodyRenderer(SiteMarkdown.Build(url => fileSizes.TryGetValue(url.Split('#', '?')[0], out var size) ? size : null));
        var sections = published.Where(d => d.Section.Length > 0).Select(d => d.Section).ToHashSet(StringComparer.Ordinal);
        // Handed out a few at a time, not as one range per core: documents differ in length, and
        // fixed ranges left one core with the longer ones while the other had finished.
        var done = Partitioner.Create(published.ToList(), loadBalance: true).AsParallel().AsOrdered()
            .Select(d =>
            {
                var parsed = new ParsedDocument(d, SourcePositionMarker.Mark(bodies.Parse(d.Body)));
                BodyChecks.Run(parsed, data, sections, diagnostics);
                var rendered = new RenderedDocument(d, bodies.Render(parsed.Markdown, d.SourcePath, d.BodyFirstLine));
                return (Rendered: rendered, Newsletter: d.Type == ContentType.Newsletter ? parsed : null);
            })
            .ToList();
        return (done.Select(d => d.Rendered).ToList(), done.Where(d => d.Newsletter is not null).Select(d => d.Newsletter!).ToList());
    }

    /// <summary>
    /// Copies the content folder's other files (downloads, images) as they are, except one that would
    /// land where the build publishes something else: a page (<c>about/index.html</c> beside
    /// <c>about.md</c>), a feed, the sitemap or the search files. That is the author's to resolve.
    /// </summary>
    private static void CopyFiles(IReadOnlyList<ContentReader.StaticFile> files, OutputSet output, DiagnosticBag diagnostics)
    {
        foreach (var file in files)
        {
            if (output.OwnerOf(file.SourcePath) is { } owner)
            {
                diagnostics.Add(Diagnostic.Error(SourceSpan.WholeFile(file.SourcePath),
                    $"This file would be published at /{file.SourcePath}, where the site publishes {owner}.",
                    "Rename the file or move it to another folder (downloads usually go in content/files/)."));
                continue;
            }

            output.Copy(file.SourcePath, file.FullPath);
        }
    }

    /// <summary>
    /// Lays out each page with the theme, in parallel, and parses the result once for every step that
    /// reads HTML: the page's checks and its search text are taken from that parse straight away, and
    /// then the parse is let go, so memory does not grow with the number of pages.
    /// </summary>
    /// <returns>
    /// The search index being written. It needs every searchable page's text and is written on one
    /// thread, so the searchable pages are laid out first and the index is written on a thread of its
    /// own while the rest (further pages of listings, search, not found) are laid out.
    /// </returns>
    private static Task LayOut(IReadOnlyList<PageModel> pages, OutputSet output, BuildChecks checks)
    {
        var ordered = pages.OrderBy(p => SearchIndex.IsSearchable(p) ? 0 : 1).ToList();
        var searchable = ordered.Count(SearchIndex.IsSearchable);
        var entries = new ConcurrentBag<SearchEntry>();
        Task? writing = null;
        void WriteIndex() => writing = Task.Factory.StartNew(() => SearchIndex.Write(entries, output), TaskCreationOptions.LongRunning);

        if (searchable == 0)
        {
            WriteIndex();
        }

        try
        {
            using var workers = new RenderWorkers();
            // In list order, a few pages at a time: over a list, each worker would start on a range of
            // its own, and the second would reach the pages outside the index only at the end.
            Parallel.ForEach(
                Partitioner.Create(ordered, loadBalance: true),
                workers.Rent,
                (page, _, worker) =>
                {
                    var text = worker.Renderer.Render(page);
                    var path = SiteUrls.OutputFile(page.Url);
                    output.Add(path, SourcePositionAttribute.StripToUtf8(text));
                    var index = checks.Check(page, path, text, worker.Pages);
                    if (SearchIndex.IsSearchable(page))
                    {
                        entries.Add(SearchIndex.Extract(page, index));
                        if (Interlocked.Decrement(ref searchable) == 0)
                        {
                            WriteIndex();
                        }
                    }

                    return worker;
                },
                workers.Return);
        }
        catch when (writing is not null)
        {
            // The index writes into the staging folder, which goes when the build fails: let it finish first.
            try
            {
                writing.Wait();
            }
            catch (AggregateException)
            {
                // The layout's exception is the one to report.
            }

            throw;
        }

        return writing!;
    }

    private bool CheckFolders(DiagnosticBag diagnostics)
    {
        var content = Path.GetFullPath(options.ContentDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var output = Path.GetFullPath(options.OutputDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!Directory.Exists(content))
        {
            diagnostics.Add(Diagnostic.Error(SourceSpan.WholeFile(options.ContentDirectory), "The content folder does not exist.",
                "Run the command from the site's folder, or give the folder with --content."));
            return false;
        }

        if (output.StartsWith(content, StringComparison.Ordinal) || content.StartsWith(output, StringComparison.Ordinal))
        {
            diagnostics.Add(Diagnostic.Error(SourceSpan.WholeFile(options.OutputDirectory),
                "The output folder and the content folder overlap; the build would overwrite your content.",
                "Choose an output folder outside the content folder, for example --output output."));
            return false;
        }

        return true;
    }

    private void Phase(string name)
    {
        StopPhase();
        _timings.Add(new PhaseTiming(name, TimeSpan.Zero, 0, TimeSpan.Zero));
        _allocatedAtStart = GC.GetTotalAllocatedBytes();
        _pausedAtStart = GC.GetTotalPauseDuration();
        _clock.Restart();
    }

    private void StopPhase()
    {
        if (_timings.Count > 0 && _clock.IsRunning)
        {
            _timings[^1] = _timings[^1] with
            {
                Elapsed = _clock.Elapsed,
                AllocatedBytes = GC.GetTotalAllocatedBytes() - _allocatedAtStart,
                Paused = GC.GetTotalPauseDuration() - _pausedAtStart,
            };
        }
    }

    private BuildResult Result(DiagnosticBag diagnostics, int pages, int files)
    {
        StopPhase();
        _clock.Stop();
        return new BuildResult(diagnostics.Sorted, pages, files, _timings);
    }
}
