using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Site.Generator.Build;

namespace Site.Tests.Newsletters;

/// <summary>
/// A small site with a newsletter, in a temporary folder, built with the real pipeline. It uses the
/// compiled theme beside the test assembly when there is one, and otherwise stand-in theme files
/// (the email edition and the /go/ pages only need their addresses).
/// </summary>
internal sealed class NewsletterSite : IDisposable
{
    public const string BaseUrl = "https://test.example.org";
    public const string Newsletter = "newsletters/march-2024.md";

    public static readonly DateOnly Today = new(2026, 11, 23);

    public NewsletterSite(string newsletterBody, string settings = "")
    {
        Root = Path.Combine(Path.GetTempPath(), "newsletter-test-" + Guid.NewGuid().ToString("N")[..12]);
        Write("site.yml", $"name: Test Safeguarding Partnership\nbase-url: {BaseUrl}\npartners:\n  - name: Test Council\n  - name: Test Police\n{settings}");
        Write("report-a-concern.md", "---\ntitle: Report a concern\nsummary: Who to call.\n---\n\nCall us.\n");
        Write("toolkits/neglect.md", "---\ntitle: Neglect toolkit\nsummary: Tools.\n---\n\nTools.\n");
        Write("learning-briefs/whos-in-charge.md", "---\ntitle: Who's in Charge?\nsummary: A review.\ndate: 2023-11-01\nsource: rapid-review\n---\n\n## What we found\n\nText.\n");
        Write("training/_index.md", "---\ntitle: Training\nsummary: Courses.\n---\n\nCourses.\n");
        WriteBytes("files/reading.png", [0x89, 0x50, 0x4E, 0x47]);
        SetNewsletter(newsletterBody);
    }

    public string Root { get; }

    public string Content => Path.Combine(Root, "content");

    public string Output => Path.Combine(Root, "output");

    public void SetNewsletter(string body) => Write(Newsletter,
        "---\ntitle: \"Newsletter: March 2024\"\nsummary: Learning, toolkits and training for March.\ndate: 2024-03-12\nedition: March 2024\n---\n\n" + body);

    public void Write(string path, string text) => WriteBytes(path, Encoding.UTF8.GetBytes(text));

    public void WriteBytes(string path, byte[] bytes)
    {
        var full = Path.Combine(Content, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    public BuildResult Build() => new SiteBuilder(new BuildOptions
    {
        ContentDirectory = Content,
        OutputDirectory = Output,
        Today = Today,
        ThemeDirectory = ThemeFiles.Directory,
    }).Build();

    public bool Exists(string outputPath) => File.Exists(Path.Combine(Output, outputPath));

    public string Read(string outputPath) => File.ReadAllText(Path.Combine(Output, outputPath));

    public IDocument Html(string outputPath) => new HtmlParser().ParseDocument(Read(outputPath));

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    /// <summary>The compiled theme if the build made one, else a folder of stand-ins made once per test run.</summary>
    private static class ThemeFiles
    {
        public static readonly string Directory = Find();

        private static string Find()
        {
            var built = Path.Combine(AppContext.BaseDirectory, "theme");
            if (File.Exists(Path.Combine(built, "site.css")))
            {
                return built;
            }

            var standIn = Path.Combine(Path.GetTempPath(), "newsletter-test-theme");
            System.IO.Directory.CreateDirectory(standIn);
            foreach (var name in new[] { "site.css", "site.js", "search.js", "lunr.min.js", "favicon.svg" })
            {
                File.WriteAllText(Path.Combine(standIn, name), $"/* stand-in {name} */\n");
            }

            return standIn;
        }
    }
}
