using System.Text;
using Site.Clicks.Tests.Support;

namespace Site.Clicks.Tests;

public sealed class CsvOutputTests
{
    [Fact]
    public void The_csv_has_one_row_per_link_with_text_quoted_safely()
    {
        using var scenario = new ClicksScenario();
        scenario.AddNewsletter(
            "spring-2024",
            ("quote", "Say \"hello\", then go", "news", "News"),
            ("formula", "=HYPERLINK(\"http://evil.example\")", "news", "News"),
            ("plain", "Plain – with a dash", "training", "Training"));
        var log = scenario.Log(
            Combined.Line("/go/spring-2024/quote/", 0),
            Combined.Line("/go/spring-2024/formula/", 600));

        var run = scenario.Count(log);

        var bytes = File.ReadAllBytes(scenario.Folder.File("clicks.csv"));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                "newsletter,section,link,text,clicks,unique",
                "spring-2024,news,quote,\"Say \"\"hello\"\", then go\",1,1",
                "spring-2024,news,formula,\"'=HYPERLINK(\"\"http://evil.example\"\")\",1,1",
                "spring-2024,training,plain,Plain – with a dash,0,0",
            ],
            lines);
        Assert.Contains("Wrote clicks per link to", run.Output, StringComparison.Ordinal);
    }
}
