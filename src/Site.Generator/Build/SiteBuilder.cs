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
/// check, render Markdown), post-process (plan pages, lay them out, search index, feeds) and output
/// (write everything at once, only when there are no errors).
/// </summary>
public sealed class SiteBuilder(BuildOptions options)
{
    private readonly List<PhaseTiming> _timings = [];
    private readonly Stopwatch _clock = new();

    public BuildResult Build()
    {
        var diagnostics = new DiagnosticBag();
        var output = new OutputSet();
        var pagesWritten = 0;
        if (!CheckFolders(diagnostics))
        {
            return Result(diagnostics, 0, output);
        }

        // Input
        Phase("read");
        var settings = SettingsReader.Read(options.ContentDirectory, diagnostics);
        var data = DataReader.Read(options.ContentDirectory, diagnostics);
        var sources = ContentReader.Read(options.ContentDirectory, diagnostics);
        var published = PublishedSelection.Select(sources.Documents, options.IncludeDrafts, options.Today);
        PublishedSelection.CheckReferences(sources.Documents, published, diagnostics);

        // Process
        Phase("parse");
        var fileSizes = sources.Files.ToDictionary(f => "/" + f.SourcePath, f => f.Length, StringComparer.Ordinal);
        var bodies = new BodyRenderer(SiteMarkdown.Build(url => fileSizes.TryGetValue(url.Split('#', '?')[0], out var size) ? size : null));
        var parsed = published.AsParallel().AsOrdered().Select(d => new ParsedDocument(d, SourcePositionMarker.Mark(bodies.Parse(d.Body)))).ToList();
        var sections = published.Where(d => d.Section.Length > 0).Select(d => d.Section).ToHashSet(StringComparer.Ordinal);
        Parallel.ForEach(parsed, document => BodyChecks.Run(document, data, sections, diagnostics));

        Phase("render");
        var rendered = parsed.AsParallel().AsOrdered()
            .Select(d => new RenderedDocument(d.Source, bodies.Render(d.Markdown, d.Source.SourcePath, d.Source.BodyFirstLine)))
            .ToList();

        // Post-process
        Phase("layout");
        var assets = ThemeAssets.Publish(options.ThemeDirectory, output, diagnostics);
        var site = new SiteContext(settings, data, assets, published, options.Today);
        var pages = PagePlanner.Plan(site, rendered);
        var html = LayOut(pages, output);
        pagesWritten = pages.Count;

        Phase("newsletters");
        NewsletterEditions.Publish(site, parsed, rendered, output, diagnostics);

        Phase("search index");
        SearchIndex.Write(html.Where(h => SearchIndex.IsSearchable(h.Page)).ToList(), output);

        Phase("feeds");
        AtomFeeds.Write(site, output);
        SitemapAndRobots.Write(site, pages, output);
        foreach (var file in sources.Files)
        {
            output.Copy(file.SourcePath, file.FullPath);
        }

        // Every output is planned by now, so links to feeds and downloads resolve.
        Phase("checks");
        BuildChecks.Run(html, output, sources.Documents, published, settings, data, options, diagnostics);

        // Output
        Phase("write");
        if (!diagnostics.HasErrors)
        {
            OutputWriter.Write(output, options.OutputDirectory);
        }

        return Result(diagnostics, pagesWritten, output);
    }

    /// <summary>
    /// Renders each page with the theme, in parallel, and parses the result once: the steps that
    /// read HTML (checks, search index) all use that one parse.
    /// </summary>
    private static IReadOnlyList<RenderedPage> LayOut(IReadOnlyList<PageModel> pages, OutputSet output)
    {
        var parsed = new ConcurrentBag<RenderedPage>();
        Parallel.ForEach(
            pages,
            () => (Renderer: new PageRenderer(), Parser: new HtmlParser()),
            (page, _, worker) =>
            {
                var text = worker.Renderer.Render(page);
                var path = SiteUrls.OutputFile(page.Url);
                output.Add(path, SourcePositionAttribute.Strip(text));
                parsed.Add(new RenderedPage(page, path, worker.Parser.ParseDocument(text)));
                return worker;
            },
            worker => worker.Renderer.Dispose());
        return parsed.OrderBy(p => p.Path, StringComparer.Ordinal).ToList();
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
        _timings.Add(new PhaseTiming(name, TimeSpan.Zero));
        _clock.Restart();
    }

    private void StopPhase()
    {
        if (_timings.Count > 0 && _clock.IsRunning)
        {
            _timings[^1] = _timings[^1] with { Elapsed = _clock.Elapsed };
        }
    }

    private BuildResult Result(DiagnosticBag diagnostics, int pages, OutputSet output)
    {
        StopPhase();
        _clock.Stop();
        return new BuildResult(diagnostics.Sorted, pages, output.Files.Count, _timings);
    }
}
