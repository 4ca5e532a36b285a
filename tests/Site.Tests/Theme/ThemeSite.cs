using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Site.Generator.Content;
using Site.Generator.Data;
using Site.Generator.Diagnostics;
using Site.Generator.Markdown;
using Site.Generator.Theme;

namespace Site.Tests.Theme;

/// <summary>
/// A small site built in memory from Markdown files, as the build would read them, for rendering
/// pages with the theme and reading the HTML back with AngleSharp.
/// </summary>
internal sealed class ThemeSite
{
    public static readonly AssetUrls Assets = new(
        "/assets/site.0123456789.css", "/assets/site.0123456789.js", "/assets/search.0123456789.js",
        "/assets/lunr.min.0123456789.js", "/assets/favicon.0123456789.svg");

    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);
    private SiteSettings _settings = new() { Name = "Testshire Safeguarding Children Partnership" };
    private SiteData _data = new();

    public ThemeSite With(string sourcePath, string markdown)
    {
        _files[sourcePath] = markdown;
        return this;
    }

    public ThemeSite With(SiteSettings settings)
    {
        _settings = settings;
        return this;
    }

    public ThemeSite With(SiteData data)
    {
        _data = data;
        return this;
    }

    public SiteContext Context()
    {
        var diagnostics = new DiagnosticBag();
        var documents = _files.Select(f => ContentReader.Parse(f.Key, f.Value, diagnostics)).ToList();
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted.Select(d => d.ToString())));
        return new SiteContext(_settings, _data, Assets, documents.OfType<SourceDocument>().ToList(), new DateOnly(2025, 1, 15));
    }

    /// <summary>The page of one of the site's documents, as the pipeline would model it.</summary>
    public PageModel Page(string url, PageKind kind = PageKind.Document)
    {
        var site = Context();
        var document = site.Find(url) ?? throw new InvalidOperationException($"No document at {url}.");
        return new PageModel
        {
            Site = site,
            Kind = kind,
            Url = url,
            Title = document.Meta.Title,
            Summary = document.Meta.Summary,
            Document = document,
            Body = BodyOf(document),
        };
    }

    /// <summary>A page the generator makes on its own (search, not found).</summary>
    public PageModel GeneratedPage(string url, PageKind kind, string title) =>
        new() { Site = Context(), Kind = kind, Url = url, Title = title };

    public static RenderedBody BodyOf(SourceDocument document)
    {
        var renderer = new BodyRenderer(SiteMarkdown.Build(_ => null));
        return renderer.Render(renderer.Parse(document.Body), document.SourcePath, document.BodyFirstLine);
    }

    public static IDocument Render(PageModel model)
    {
        using var renderer = new PageRenderer();
        return new HtmlParser().ParseDocument(renderer.Render(model));
    }

    public static string Html(PageModel model)
    {
        using var renderer = new PageRenderer();
        return renderer.Render(model);
    }
}
