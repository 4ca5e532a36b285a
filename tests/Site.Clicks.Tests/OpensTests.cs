using Site.Clicks.Tests.Support;
using static Site.Clicks.Tests.Support.ClicksScenario;

namespace Site.Clicks.Tests;

public sealed class OpensTests
{
    [Fact]
    public void Opens_from_a_campaign_export_are_shown_beside_clicks_as_approximate()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Log(Combined.Line("/go/spring-2024/whos-in-charge/"));
        var opens = scenario.Folder.Write("campaigns.csv", """
            Title,Subject,Send Date,Total Recipients,Unique Opens,Open Rate,Total Opens
            Spring 2024,"Spring newsletter: who's in charge?",2024-03-04,"2,310",912,39.5%,"1,401"
            Winter 2023,Winter newsletter,2023-12-04,"2,250",850,37.8%,"1,300"

            """);

        var run = scenario.Count(log, "--opens", opens);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Opens (approximate, from the mailing tool): 1,401 opens, 912 unique opens", run.Output, StringComparison.Ordinal);
        Assert.Contains("Opens for \"Winter 2023\" (1,300 opens, 850 unique opens) match no newsletter", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_names_are_matched_loosely_and_rows_for_one_newsletter_are_added_up()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Log(Combined.Line("/go/spring-2024/whos-in-charge/"));
        var opens = scenario.Folder.Write("views.csv", """
            Campaign name;Views
            spring-2024;700
            SPRING 2024;300

            """);

        var run = scenario.Count(log, "--opens", opens);

        Assert.Contains("Opens (approximate, from the mailing tool): 1,000 opens", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_opens_export_without_an_opens_column_stops_with_the_file_and_its_columns()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Log(Combined.Line("/go/spring-2024/whos-in-charge/"));
        var opens = scenario.Folder.Write("campaigns.csv", "Campaign,Clicks\nspring-2024,10\n");

        var run = scenario.Count(log, "--opens", opens);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{opens}: line 1: the opens export has no opens column", run.Errors, StringComparison.Ordinal);
        Assert.Contains("Its columns are: Campaign, Clicks", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_opens_file_exits_with_1()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Log(Combined.Line("/go/spring-2024/whos-in-charge/"));

        var run = scenario.Count(log, "--opens", scenario.Folder.File("nope.csv"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nope.csv: file not found", run.Errors, StringComparison.Ordinal);
    }
}
