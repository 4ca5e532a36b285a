using Site.Generator.Build;
using Site.Tests.Support;

namespace Site.Tests.DefaultSite;

/// <summary>Builds the real default site once for all the tests that read it.</summary>
public sealed class DefaultSiteFixture : IDisposable
{
    public DefaultSiteFixture()
    {
        Output = Path.Combine(Path.GetTempPath(), "default-site-" + Guid.NewGuid().ToString("N")[..12]);
        Result = new SiteBuilder(new BuildOptions
        {
            ContentDirectory = Repository.Content,
            OutputDirectory = Output,
            Today = DateOnly.FromDateTime(DateTime.Now),
        }).Build();
    }

    public string Output { get; }

    public BuildResult Result { get; }

    public IEnumerable<string> HtmlFiles =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}go{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.EndsWith("email.html", StringComparison.Ordinal));

    public AngleSharp.Dom.IDocument Page(string file) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(file));

    public void Dispose()
    {
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }
}
