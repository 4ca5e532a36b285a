using Site.Cli.Commands;
using Site.Tests.Support;

namespace Site.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public void Build_help_exits_zero_and_lists_the_options()
    {
        var (code, stdout, _) = Run(new BuildCommand(), "--help");

        Assert.Equal(0, code);
        Assert.Contains("--drafts", stdout, StringComparison.Ordinal);
        Assert.Contains("--output DIR", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var error = Assert.Throws<Site.Cli.UsageException>(() => Run(new BuildCommand(), "--colour", "red"));

        Assert.Contains("--colour", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_with_errors_exits_one_and_names_file_and_line()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["a.md"] = "---\ntitle: A\ndate: 2024-02-31\n---\n" });

        var (code, _, stderr) = Run(new BuildCommand(), "--content", site.Content, "--output", site.Output);

        Assert.Equal(1, code);
        Assert.Contains("a.md", stderr, StringComparison.Ordinal);
        Assert.Contains("3:7", stderr, StringComparison.Ordinal);
        Assert.Contains("not a real date", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_good_site_exits_zero_and_says_what_it_built()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["a.md"] = "# A\n" });

        var (code, stdout, _) = Run(new BuildCommand(), "--content", site.Content, "--output", site.Output, "--timings");

        Assert.Equal(0, code);
        Assert.Contains("Built ", stdout, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^  parse and render +\d+ ms +\d+ MB allocated +\d+ ms paused$", stdout);
    }

    private static (int Code, string Stdout, string Stderr) Run(Site.Cli.Commands.ICliCommand command, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = command.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
