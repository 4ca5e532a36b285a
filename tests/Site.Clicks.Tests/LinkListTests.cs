using Site.Clicks.Tests.Support;
using static Site.Clicks.Tests.Support.ClicksScenario;

namespace Site.Clicks.Tests;

public sealed class LinkListTests
{
    [Fact]
    public void Links_get_their_text_and_section_from_the_link_list_in_email_order()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Log(Combined.Line("/go/spring-2024/training-dates/", 0));

        var run = scenario.Count(log);

        Assert.Equal(
            ["whos-in-charge", "neglect-toolkit", "training-dates", "book-a-place"],
            run.Rows.Select(row => row.Link));
        var row = run.Row(Spring, "training-dates");
        Assert.Equal("training", row.Section);
        Assert.Equal("Training dates", row.Text);
        Assert.Matches(@"\n  Training\s+1\s+1\r?\n", run.Output);
        Assert.Matches(@"\n  News\s+0\s+0\r?\n", run.Output);
    }

    [Fact]
    public void Ids_the_link_list_does_not_have_are_counted_under_unknown()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Log(
            Combined.Line("/go/spring-2024/retired-link/", 0),
            Combined.Line("/go/autumn-2023/old-link/", 600));

        var run = scenario.Count(log);

        Assert.Equal("(unknown)", run.Row(Spring, "retired-link").Section);
        Assert.Equal(1, run.Clicks(Spring, "retired-link"));
        Assert.Equal("(unknown)", run.Row("autumn-2023", "old-link").Section);
        Assert.Contains("Newsletter autumn-2023: 1 clicks", run.Output, StringComparison.Ordinal);
        Assert.Contains("No link list for this newsletter", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_built_site_clicks_are_still_counted_by_id()
    {
        using var folder = new TempFolder();
        var log = folder.WriteLines("access.log", [Combined.Line("/go/spring-2024/whos-in-charge/")]);
        var csv = folder.File("out.csv");

        var run = ClicksRun.Of(["--log", log, "--site", folder.File("no-site"), "--csv", csv], csv);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(1, run.Clicks(Spring, "whos-in-charge"));
        Assert.Contains("No newsletter link lists found", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_link_list_stops_with_its_file_and_line()
    {
        using var scenario = WithSpringNewsletter();
        var links = scenario.Folder.Write("site/newsletters/broken/links.json", "[\n  { \"id\": \"a\" },\n  { \"id\": \"b\" \"text\": \"x\" }\n]\n");
        var log = scenario.Log(Combined.Line("/go/spring-2024/whos-in-charge/"));

        var run = scenario.Count(log);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"clicks: {links}: line 3: this is not valid JSON", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_list_entry_without_an_id_stops_with_its_file()
    {
        using var scenario = WithSpringNewsletter();
        var links = scenario.Folder.Write("site/newsletters/broken/links.json", "[{ \"id\": \"a\" }, { \"text\": \"no id\" }]");
        var log = scenario.Log(Combined.Line("/go/spring-2024/whos-in-charge/"));

        var run = scenario.Count(log);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{links}: link 2 has no \"id\"", run.Errors, StringComparison.Ordinal);
    }
}
