namespace Site.Clicks.Tests.Support;

/// <summary>
/// A small built site (newsletter link lists) and logs in a temp folder, and a way to run the
/// command on them with CSV output.
/// </summary>
internal sealed class ClicksScenario : IDisposable
{
    /// <summary>The newsletter most tests use: four links in two sections.</summary>
    public const string Spring = "spring-2024";

    public TempFolder Folder { get; } = new();

    public string Site => Folder.File("site");

    public static ClicksScenario WithSpringNewsletter()
    {
        var scenario = new ClicksScenario();
        scenario.AddNewsletter(
            Spring,
            ("whos-in-charge", "Who's in charge?", "news", "News"),
            ("neglect-toolkit", "Neglect toolkit", "news", "News"),
            ("training-dates", "Training dates", "training", "Training"),
            ("book-a-place", "Book a place", "training", "Training"));
        return scenario;
    }

    public void AddNewsletter(string slug, params (string Id, string Text, string Section, string SectionTitle)[] links)
    {
        var entries = links.Select((link, i) => System.Text.Json.JsonSerializer.Serialize(new
        {
            id = link.Id,
            text = link.Text,
            section = link.Section,
            sectionTitle = link.SectionTitle,
            target = $"https://www.example.org/{link.Id}/",
            position = i + 1,
        }));
        Folder.Write($"site/newsletters/{slug}/links.json", "[\n  " + string.Join(",\n  ", entries) + "\n]\n");
    }

    public string Log(params string[] lines) => Folder.WriteLines("access.log", lines);

    /// <summary>Runs clicks on the given logs with this site and CSV output; extra arguments are added.</summary>
    public ClicksRun Count(string log, params string[] extra) => Count([log], extra);

    public ClicksRun Count(string[] logs, params string[] extra)
    {
        var csv = Folder.File("clicks.csv");
        File.Delete(csv);
        var args = logs.SelectMany(log => new[] { "--log", log }).Concat(["--site", Site, "--csv", csv]).Concat(extra).ToList();
        return ClicksRun.Of(args, csv);
    }

    public void Dispose() => Folder.Dispose();
}
