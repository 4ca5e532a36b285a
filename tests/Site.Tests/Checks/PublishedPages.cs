using Site.Generator.Checks;
using Site.Generator.Checks.OutputFolder;
using Site.Generator.Content;

namespace Site.Tests.Checks;

/// <summary>
/// Hand-written HTML pages in a temporary output folder, checked as <c>site check</c> checks a
/// published site: for rules about the page's frame (lang, title, viewport…), which the theme always
/// gets right, so only HTML can break them.
/// </summary>
public sealed class PublishedPages : IDisposable
{
    public PublishedPages(IReadOnlyDictionary<string, string> files)
    {
        Root = Path.Combine(Path.GetTempPath(), "site-check-" + Guid.NewGuid().ToString("N")[..12]);
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(Root, "out", path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        var folder = PublishedFolder.Read(Path.Combine(Root, "out"), new Dictionary<string, SourceDocument>());
        Outcome = SiteChecks.Run(folder.Pages, new CheckSite
        {
            OutputPaths = folder.Paths,
            Today = new DateOnly(2026, 11, 23),
            Positions = PositionSource.PublishedHtml,
            OutputFolderName = "out",
        });
    }

    public string Root { get; }

    public CheckOutcome Outcome { get; }

    /// <summary>A complete, valid page around the given head and body content.</summary>
    public static string Html(string body, string head = "<title>Test page</title>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", string lang = " lang=\"en-GB\"") =>
        $"<!DOCTYPE html>\n<html{lang}>\n<head>\n{head}\n</head>\n<body>\n<main>\n<h1>Test page</h1>\n{body}\n</main>\n</body>\n</html>\n";

    public IReadOnlyList<Finding> Findings(string rule) => Outcome.Findings.Where(f => f.Rule == rule).ToList();

    public Finding Single(string rule)
    {
        var found = Findings(rule);
        Assert.True(found.Count == 1, $"Expected one '{rule}' finding, got:\n" + string.Join('\n', Outcome.Findings.Select(f => f.ToDiagnostic())));
        return found[0];
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
