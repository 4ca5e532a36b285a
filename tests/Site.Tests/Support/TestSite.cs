using System.Text;
using Site.Generator.Build;

namespace Site.Tests.Support;

/// <summary>
/// A small site written to a temporary folder, built with the real pipeline and theme.
/// Files are given as path → text; the folder is deleted when the test ends.
/// </summary>
public sealed class TestSite : IDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public TestSite(IReadOnlyDictionary<string, string>? files = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "site-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Content);
        foreach (var (path, text) in files ?? new Dictionary<string, string>())
        {
            Write(path, text);
        }
    }

    public string Root { get; }

    public string Content => Path.Combine(Root, "content");

    public string Output => Path.Combine(Root, "output");

    public void Write(string path, string text) => WriteBytes(path, Encoding.UTF8.GetBytes(text));

    public void WriteBytes(string path, byte[] bytes)
    {
        var full = Path.Combine(Content, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    public BuildResult Build(bool drafts = false) => new SiteBuilder(new BuildOptions
    {
        ContentDirectory = Content,
        OutputDirectory = Output,
        IncludeDrafts = drafts,
        Today = Today,
    }).Build();

    public bool Exists(string outputPath) => File.Exists(Path.Combine(Output, outputPath));

    public string Read(string outputPath) => File.ReadAllText(Path.Combine(Output, outputPath));

    public AngleSharp.Dom.IDocument Page(string outputPath) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Read(outputPath));

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
