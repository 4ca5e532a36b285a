using System.Text.Json;
using Site.Cli.Commands;

namespace Site.Tests.Checks;

public sealed class CheckCommandTests
{
    [Fact]
    public void Checking_a_good_built_site_exits_zero_with_a_summary_and_a_json_report()
    {
        using var site = CheckedSite.With("a.md", CheckedSite.Page("A", "[B](/b/)\n"), ("b.md", CheckedSite.Page("B", "Text.\n")));
        var report = Path.Combine(site.Files.Root, "reports", "check.json");

        var (code, stdout, _) = Run("--output", site.Files.Output, "--content", site.Files.Content, "--report", report);

        Assert.Equal(0, code);
        Assert.Contains("Checked 6 pages", stdout, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        Assert.Equal(6, json.RootElement.GetProperty("pagesChecked").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetInt32());
    }

    [Fact]
    public void A_broken_page_in_the_output_exits_one_and_names_the_html_file_and_line()
    {
        using var site = CheckedSite.With("a.md", CheckedSite.Page("A", "Text.\n"));
        File.WriteAllText(Path.Combine(site.Files.Output, "a", "index.html"),
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>A</title></head>\n<body><main><h1>A</h1>\n<img src=\"/files/missing.png\">\n</main></body></html>\n");

        var (code, _, stderr) = Run("--output", site.Files.Output, "--content", site.Files.Content);

        Assert.Equal(1, code);
        Assert.Contains("a/index.html", stderr, StringComparison.Ordinal);
        Assert.Contains("5:1", stderr, StringComparison.Ordinal);
        Assert.Contains("[image-alt]", stderr, StringComparison.Ordinal);
        Assert.Contains("[broken-link]", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Files.Root, ".site", "check-report.json")));
    }

    [Fact]
    public void Findings_about_a_whole_document_name_its_markdown_file_when_the_content_is_there()
    {
        using var site = CheckedSite.With("a.md", "---\ntitle: A\n---\nText.\n");

        var (_, stdout, _) = Run("--output", site.Files.Output, "--content", site.Files.Content);

        Assert.Contains("a.md", stdout, StringComparison.Ordinal);
        Assert.Contains("[missing-summary]", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void External_links_that_are_gone_are_warnings_at_their_html_line_and_the_results_are_cached()
    {
        using var server = new LocalWebServer().On("/ok", 200).On("/gone", 410);
        using var site = CheckedSite.With("a.md", CheckedSite.Page("A",
            $"See [the guidance]({server.Url("/ok")}) and [the old guidance]({server.Url("/gone")}).\n"));
        var cache = Path.Combine(site.Files.Root, "cache.json");

        // The layout's Exit this page link goes to the BBC; tests never leave this machine.
        var (code, stdout, _) = Run("--output", site.Files.Output, "--content", site.Files.Content, "--external", "--link-cache", cache, "--skip-host", "bbc.co.uk");

        Assert.Equal(0, code);
        var line = Assert.Single(stdout.Split('\n'), l => l.Contains("[broken-external-link]", StringComparison.Ordinal));
        Assert.Contains("warning", line, StringComparison.Ordinal);
        Assert.Contains("/gone", line, StringComparison.Ordinal);
        Assert.Contains("410", line, StringComparison.Ordinal);
        Assert.Contains("a/index.html", stdout, StringComparison.Ordinal);
        Assert.Contains("Checked 2 links to other sites", stdout, StringComparison.Ordinal);
        Assert.Contains(server.Url("/ok"), File.ReadAllText(cache), StringComparison.Ordinal);
        Assert.Equal(1, server.Count("/ok"));
    }

    [Fact]
    public void A_missing_output_folder_says_to_build_first()
    {
        var (code, _, stderr) = Run("--output", Path.Combine(Path.GetTempPath(), "no-such-site-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(1, code);
        Assert.Contains("site build", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_the_external_option_and_a_bad_max_age_is_a_usage_error()
    {
        var (code, stdout, _) = Run("--help");
        using var site = CheckedSite.With("a.md", CheckedSite.Page("A", "Text.\n"));

        Assert.Equal(0, code);
        Assert.Contains("--external", stdout, StringComparison.Ordinal);
        Assert.Throws<Site.Cli.UsageException>(() => Run("--output", site.Files.Output, "--max-age", "soon"));
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = new CheckCommand().Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
