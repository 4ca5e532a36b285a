using Site.Clicks.Tests.Support;
using static Site.Clicks.Tests.Support.ClicksScenario;

namespace Site.Clicks.Tests;

public sealed class BurstTests
{
    private const string Gateway = "40.94.16.20";
    private const string Reader = "198.51.100.1";

    [Fact]
    public void A_client_opening_three_links_within_seconds_is_left_out_entirely()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Log(
            Click("whos-in-charge", 0, Gateway),
            Click("neglect-toolkit", 0.5, Gateway),
            Click("training-dates", 1, Gateway),
            Click("whos-in-charge", 2, Reader));

        var run = scenario.Count(log);

        Assert.Equal(1, run.Clicks(Spring, "whos-in-charge"));
        Assert.Equal(0, run.Clicks(Spring, "neglect-toolkit"));
        Assert.Equal(0, run.Clicks(Spring, "training-dates"));
        Assert.Equal(3, run.Excluded("burst"));
    }

    [Fact]
    public void Requests_that_carry_on_a_burst_are_left_out_too()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Log(
            Click("whos-in-charge", 0, Gateway),
            Click("neglect-toolkit", 1, Gateway),
            Click("training-dates", 2, Gateway),
            Click("book-a-place", 6, Gateway),
            Click("whos-in-charge", 10, Gateway));

        var run = scenario.Count(log);

        Assert.Equal(0, run.TotalClicks);
        Assert.Equal(5, run.Excluded("burst"));
    }

    [Fact]
    public void Three_links_opened_minutes_apart_are_all_counted()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Log(
            Click("whos-in-charge", 0),
            Click("neglect-toolkit", 60),
            Click("training-dates", 120));

        var run = scenario.Count(log);

        Assert.Equal(3, run.TotalClicks);
        Assert.Equal(0, run.Excluded("burst"));
    }

    [Fact]
    public void Opening_one_link_several_times_quickly_is_not_a_burst()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Log(Enumerable.Range(0, 5).Select(i => Click("whos-in-charge", i * 0.5)).ToArray());

        var row = scenario.Count(log).Row(Spring, "whos-in-charge");

        Assert.Equal(5, row.Clicks);
        Assert.Equal(1, row.Unique);
    }

    [Fact]
    public void Both_links_of_a_two_link_newsletter_at_once_are_a_burst()
    {
        using var scenario = new ClicksScenario();
        scenario.AddNewsletter("short-notice", ("event", "Event", "news", "News"), ("survey", "Survey", "news", "News"));
        var log = scenario.Log(
            Combined.Line("/go/short-notice/event/", 0, Gateway),
            Combined.Line("/go/short-notice/survey/", 1, Gateway),
            Combined.Line("/go/short-notice/event/", 3600, Reader),
            Combined.Line("/go/short-notice/survey/", 3700, Reader));

        var run = scenario.Count(log);

        Assert.Equal(1, run.Clicks("short-notice", "event"));
        Assert.Equal(1, run.Clicks("short-notice", "survey"));
        Assert.Equal(2, run.Excluded("burst"));
    }

    [Fact]
    public void Links_of_different_newsletters_do_not_add_up_to_a_burst()
    {
        using var scenario = WithSpringNewsletter();
        scenario.AddNewsletter("summer-2024", ("lado", "LADO", "contacts", "Contacts"), ("mash", "MASH", "contacts", "Contacts"), ("nspcc", "NSPCC", "contacts", "Contacts"));
        var log = scenario.Log(
            Click("whos-in-charge", 0),
            Combined.Line("/go/summer-2024/lado/", 1),
            Click("neglect-toolkit", 2));

        var run = scenario.Count(log);

        Assert.Equal(3, run.TotalClicks);
    }

    [Fact]
    public void The_same_address_with_different_browsers_is_not_one_client()
    {
        using var scenario = WithSpringNewsletter();
        var log = scenario.Log(
            Click("whos-in-charge", 0, agent: Combined.Browser),
            Click("neglect-toolkit", 1, agent: Combined.Phone),
            Click("training-dates", 2, agent: "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"));

        var run = scenario.Count(log);

        Assert.Equal(3, run.TotalClicks);
    }

    [Fact]
    public void A_burst_split_across_two_log_files_is_still_a_burst()
    {
        using var scenario = WithSpringNewsletter();
        var first = scenario.Folder.WriteLines("access.log.1", [Click("whos-in-charge", 0, Gateway), Click("neglect-toolkit", 1, Gateway)]);
        var second = scenario.Folder.WriteLines("access.log", [Click("training-dates", 2, Gateway)]);

        var run = scenario.Count([first, second]);

        Assert.Equal(0, run.TotalClicks);
        Assert.Equal(3, run.Excluded("burst"));
    }

    [Fact]
    public void Rotated_logs_give_the_same_counts_newest_first_or_oldest_first()
    {
        using var scenario = WithSpringNewsletter();
        var older = scenario.Folder.WriteLines("access.log.1", [
            Click("whos-in-charge", 0, Gateway),
            Click("neglect-toolkit", 1, Gateway),
            Click("training-dates", 2, Gateway),
            Click("whos-in-charge", 30, Reader),
            Click("neglect-toolkit", 31, Reader),
        ]);
        var newer = scenario.Folder.WriteLines("access.log", [
            Click("training-dates", 86400, Reader),
            Click("whos-in-charge", 86401, Gateway),
            Click("book-a-place", 86402, Gateway),
            Click("training-dates", 86403, Gateway),
        ]);

        var oldestFirst = scenario.Count([older, newer]);
        var newestFirst = scenario.Count([newer, older]);

        Assert.Equal(oldestFirst.Rows, newestFirst.Rows);
        Assert.Equal(3, newestFirst.TotalClicks);
        Assert.Equal(6, newestFirst.Excluded("burst"));
    }

    /// <summary>A log line for a click on one of the spring newsletter's links.</summary>
    private static string Click(string link, double seconds, string address = Combined.Address, string agent = Combined.Browser) =>
        Combined.Line($"/go/{Spring}/{link}/", seconds, address, agent: agent);
}
