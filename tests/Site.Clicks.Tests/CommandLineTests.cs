using Site.Clicks.Tests.Support;

namespace Site.Clicks.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void Help_prints_usage_and_succeeds()
    {
        var run = ClicksRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Usage: site clicks --log FILE", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Errors);
    }

    [Theory]
    [InlineData(new string[0], "give at least one access log")]
    [InlineData(new[] { "--log" }, "--log needs a value")]
    [InlineData(new[] { "--log", "a.log", "--frobnicate" }, "unknown option '--frobnicate'")]
    [InlineData(new[] { "--log", "a.log", "--format", "json" }, "--format must be auto, combined, w3c or csv, not 'json'")]
    [InlineData(new[] { "--log", "a.log", "--csv", "a.csv", "--csv", "b.csv" }, "--csv is given more than once")]
    [InlineData(new[] { "a.log" }, "unexpected argument 'a.log'")]
    public void Wrong_usage_exits_with_2_and_prints_usage(string[] args, string message)
    {
        var run = ClicksRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"clicks: {message}", run.Errors, StringComparison.Ordinal);
        Assert.Contains("Usage: site clicks", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_log_exits_with_1_naming_the_file()
    {
        using var folder = new TempFolder();
        var missing = folder.File("no-such.log");

        var run = ClicksRun.Of("--log", missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"clicks: {missing}: log file not found. Check the path given to --log.", run.Errors.Trim());
    }

    [Fact]
    public void A_missing_log_among_several_stops_before_any_is_read()
    {
        using var folder = new TempFolder();
        var present = folder.WriteLines("access.log", [Combined.Line("/go/spring-2024/a/")]);
        var missing = folder.File("access.log.2");

        var run = ClicksRun.Of("--log", present, "--log", missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(missing, run.Errors, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void A_folder_given_as_a_log_exits_with_1()
    {
        using var folder = new TempFolder();

        var run = ClicksRun.Of("--log", folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("this is a folder, not a log file", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Option_values_may_follow_an_equals_sign()
    {
        using var scenario = ClicksScenario.WithSpringNewsletter();
        var log = scenario.Log(Combined.Line("/go/spring-2024/whos-in-charge/"));
        var csv = scenario.Folder.File("out.csv");

        var run = ClicksRun.Of(["--log=" + log, "--site=" + scenario.Site, "--csv=" + csv, "--format=combined"], csv);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(1, run.Clicks(ClicksScenario.Spring, "whos-in-charge"));
    }

    [Fact]
    public void An_unwritable_csv_path_exits_with_1_naming_it()
    {
        using var scenario = ClicksScenario.WithSpringNewsletter();
        var log = scenario.Log(Combined.Line("/go/spring-2024/whos-in-charge/"));
        var blocker = scenario.Folder.Write("blocker", "a file, not a folder");

        var run = ClicksRun.Of("--log", log, "--site", scenario.Site, "--csv", Path.Combine(blocker, "out.csv"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot write the CSV file", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Errors, StringComparison.Ordinal);
    }
}
