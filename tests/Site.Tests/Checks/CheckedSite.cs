using Site.Generator.Build;
using Site.Generator.Diagnostics;
using Site.Tests.Support;

namespace Site.Tests.Checks;

/// <summary>
/// A small Markdown site built with the real pipeline, whose chrome passes every check (settings
/// without navigation, and the report-a-concern page the layout links to), so a test sees only the
/// findings its own fixture causes.
/// </summary>
public sealed class CheckedSite : IDisposable
{
    public const string Settings = "name: Test Partnership\nbase-url: https://test.example.org\n";

    private readonly TestSite _site;

    /// <param name="withReportAConcern">Adds the page the layout and the contacts block link to.</param>
    public CheckedSite(IReadOnlyDictionary<string, string> files, string? settings = null, bool withReportAConcern = true)
    {
        _site = new TestSite(files);
        if (!files.ContainsKey("site.yml"))
        {
            _site.Write("site.yml", settings ?? Settings);
        }

        if (withReportAConcern && !files.ContainsKey("report-a-concern.md"))
        {
            _site.Write("report-a-concern.md", "---\ntitle: Report a concern\nsummary: Who to call.\n---\nCall us.\n");
        }

        Result = _site.Build();
    }

    public BuildResult Result { get; }

    public TestSite Files => _site;

    /// <summary>A page with front matter, a summary (so only the fixture's findings appear) and the given body.</summary>
    public static string Page(string title, string body, string extraFrontMatter = "") =>
        $"---\ntitle: {title}\nsummary: A page for testing.\n{extraFrontMatter}---\n{body}";

    public static CheckedSite With(string path, string text, params (string Path, string Text)[] more)
    {
        var files = new Dictionary<string, string> { [path] = text };
        foreach (var (p, t) in more)
        {
            files[p] = t;
        }

        return new CheckedSite(files);
    }

    public IReadOnlyList<Diagnostic> Findings(string rule) => Result.Diagnostics.Where(d => d.Rule == rule).ToList();

    public Diagnostic Single(string rule)
    {
        var found = Findings(rule);
        Assert.True(found.Count == 1, $"Expected one '{rule}' finding, got:\n" + string.Join('\n', Result.Diagnostics));
        return found[0];
    }

    public void None(string rule) =>
        Assert.True(Findings(rule).Count == 0, $"Expected no '{rule}' finding, got:\n" + string.Join('\n', Result.Diagnostics));

    public void Dispose() => _site.Dispose();
}
