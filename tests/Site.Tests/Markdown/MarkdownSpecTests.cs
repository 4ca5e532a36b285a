using System.Text;
using System.Text.RegularExpressions;
using Site.Generator.Markdown;

namespace Site.Tests.Markdown;

/// <summary>Runs the Markdown-in, HTML-out examples of Specs/*.md through the site's pipeline.</summary>
public sealed partial class MarkdownSpecTests
{
    private static readonly Dictionary<string, long> Files = new(StringComparer.Ordinal)
    {
        ["/files/plan.pdf"] = 1_258_291,
        ["/files/form.docx"] = 20_480,
    };

    public static TheoryData<string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Markdown", "Specs"), "*.md"))
        {
            string? title = null;
            foreach (Match match in ExampleBlock().Matches(File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal)))
            {
                var heading = HeadingBefore().Matches(File.ReadAllText(file)[..match.Index]).LastOrDefault();
                title = heading?.Groups[1].Value ?? title ?? "example";
                data.Add($"{Path.GetFileName(file)}: {title}", match.Groups["markdown"].Value, match.Groups["html"].Value);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_renders_as_specified(string name, string markdown, string expectedHtml)
    {
        var renderer = new BodyRenderer(SiteMarkdown.Build(url => Files.TryGetValue(url, out var size) ? size : null));
        var body = renderer.Render(renderer.Parse(markdown), "spec.md", 1);

        var html = new StringBuilder();
        foreach (var segment in body.Segments)
        {
            html.Append(segment switch
            {
                HtmlSegment h => h.Html,
                BlockSegment b => $"<!--block {b.Name}{(b.Argument is null ? "" : " " + b.Argument)}-->\n",
                _ => throw new InvalidOperationException(name),
            });
        }

        Assert.Equal(expectedHtml.TrimEnd(), html.ToString().TrimEnd());
    }

    [GeneratedRegex(@"^`{32} example\n(?<markdown>.*?)^\.\n(?<html>.*?)^`{32}$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();

    [GeneratedRegex(@"^## (.+)$", RegexOptions.Multiline)]
    private static partial Regex HeadingBefore();
}
