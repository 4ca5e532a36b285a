using Site.Generator.Content;
using Site.Generator.Data;
using Site.Generator.Diagnostics;
using Site.Generator.Markdown;
using Site.Generator.Pages;
using Site.Generator.Theme;

namespace Site.Tests.Theme;

/// <summary>Every page the build would make from the repository's own content/ folder, planned as the build plans them.</summary>
internal static class RealSitePages
{
    private static readonly Lazy<IReadOnlyList<PageModel>> Pages = new(Plan);

    public static IReadOnlyList<PageModel> All => Pages.Value;

    public static string ContentDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Site.sln")))
            {
                return Path.Combine(directory.FullName, "content");
            }
        }

        throw new InvalidOperationException("The repository root (with Site.sln) was not found above " + AppContext.BaseDirectory);
    }

    private static IReadOnlyList<PageModel> Plan()
    {
        var content = ContentDirectory();
        var diagnostics = new DiagnosticBag();
        var settings = SettingsReader.Read(content, diagnostics);
        var data = DataReader.Read(content, diagnostics);
        var today = DateOnly.FromDateTime(DateTime.Today);
        var published = PublishedSelection.Select(ContentReader.Read(content, diagnostics).Documents, includeDrafts: false, today);
        var bodies = new BodyRenderer(SiteMarkdown.Build(_ => null));
        var rendered = published.Select(d => new RenderedDocument(d, bodies.Render(bodies.Parse(d.Body), d.SourcePath, d.BodyFirstLine))).ToList();
        var site = new SiteContext(settings, data, ThemeSite.Assets, published, today);
        return PagePlanner.Plan(site, rendered);
    }
}
