using AngleSharp.Html.Parser;
using Site.Generator.Content;
using Site.Generator.Urls;

namespace Site.Generator.Checks.OutputFolder;

/// <summary>
/// A published site folder read back for <c>site check</c>: every file's path, and each web page
/// parsed once (keeping source positions, so findings name the HTML file's line and column).
/// </summary>
public sealed record PublishedFolder(IReadOnlySet<string> Paths, IReadOnlyList<CheckedPage> Pages)
{
    /// <summary>The file names of web pages: every page is a folder's index.html, apart from the not-found page.</summary>
    public const string PageFileName = "index.html";

    /// <param name="documents">Published documents by address, when the content folder is at hand; they give pages their front matter.</param>
    public static PublishedFolder Read(string folder, IReadOnlyDictionary<string, SourceDocument> documents)
    {
        var root = Path.GetFullPath(folder);
        var paths = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var pagePaths = paths.Where(IsWebPage).ToList();
        var pages = new CheckedPage[pagePaths.Count];
        var options = new HtmlParserOptions { IsKeepingSourceReferences = true };
        Parallel.For(0, pagePaths.Count, () => new HtmlParser(options), (i, _, parser) =>
        {
            var path = pagePaths[i];
            var url = UrlOf(path);
            var html = parser.ParseDocument(File.ReadAllText(Path.Combine(root, path)));
            pages[i] = new CheckedPage(url, path, html, documents.GetValueOrDefault(url), []);
            return parser;
        }, _ => { });
        return new PublishedFolder(paths.ToHashSet(StringComparer.Ordinal), pages);
    }

    /// <summary>Web pages are index.html files and the not-found page; other HTML (email editions) is not a page.</summary>
    public static bool IsWebPage(string path) =>
        path == SiteUrls.OutputFile(SiteUrls.NotFound) || path == PageFileName || path.EndsWith("/" + PageFileName, StringComparison.Ordinal);

    /// <summary>The address a page is served at: <c>about/index.html</c> is <c>/about/</c>.</summary>
    public static string UrlOf(string path) =>
        path.EndsWith(PageFileName, StringComparison.Ordinal) ? "/" + path[..^PageFileName.Length] : "/" + path;
}
