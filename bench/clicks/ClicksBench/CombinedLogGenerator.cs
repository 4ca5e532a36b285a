using System.Globalization;
using System.Text;

namespace Site.Clicks.Bench;

/// <summary>
/// Writes a made-up but realistic nginx combined log of a given size: mostly ordinary page and asset
/// requests; about 4 % of lines are readers' clicks on link pages, and about 10 % more are the
/// gateway bursts, HEAD requests, 404s and crawler requests on link pages a real log has. The same
/// seed always gives the same file.
/// </summary>
internal static class CombinedLogGenerator
{
    private static readonly string[] Agents =
    [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.60 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    ];

    private static readonly string[] Pages =
    [
        "/", "/report-a-concern/", "/arrangements/", "/learning-briefs/", "/learning-briefs/neglect-audit-2023/",
        "/toolkits/neglect/", "/newsletters/", "/training/", "/theme/site.css", "/theme/site.js", "/files/logo.svg",
        "/search/?q=early+help", "/yearly-reports/2022-23/", "/scrutiny-responses/voice-of-the-child/",
    ];

    private static readonly string[] Newsletters = ["2024-spring", "2024-summer", "2024-autumn"];

    private static readonly string[] LinkIds = ["whos-in-charge", "neglect-toolkit", "early-help", "training", "exploitation", "lado", "annual-report", "learning-brief"];

    /// <summary>Newsletter readers: a partnership's mailing list is a few thousand people.</summary>
    private const int Readers = 3000;

    /// <summary>Mail gateways that check links, each from its own address.</summary>
    private const int Gateways = 40;

    public static long Write(string path, long targetBytes, string siteDirectory)
    {
        WriteSite(siteDirectory);
        var random = new Random(20240301);
        var time = new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.FromHours(1));
        using var output = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 20);
        output.NewLine = "\n";
        var line = new StringBuilder(400);
        long written = 0;
        while (written < targetBytes)
        {
            time = time.AddMilliseconds(random.Next(50, 2000));
            var roll = random.Next(100);
            if (roll < 1)
            {
                // A gateway checking every link of a newsletter at once.
                var gateway = random.Next(Gateways);
                var newsletter = Newsletters[random.Next(Newsletters.Length)];
                foreach (var id in LinkIds)
                {
                    written += Append(output, line, $"40.94.{gateway}.7", time, "GET", $"/go/{newsletter}/{id}/", 200, Agents[0]);
                }

                continue;
            }

            // Link pages are visited by the newsletter's readers; other pages by anyone.
            var reader = random.Next(Readers);
            var isReader = roll < 7;
            var address = isReader
                ? $"81.{reader % 97}.{reader / 97}.{(reader * 7) % 250 + 1}"
                : $"{random.Next(1, 223)}.{random.Next(256)}.{random.Next(256)}.{random.Next(1, 255)}";
            var agent = isReader ? Agents[reader % 5] : Agents[random.Next(Agents.Length)];
            var link = $"/go/{Newsletters[random.Next(Newsletters.Length)]}/{LinkIds[random.Next(LinkIds.Length)]}/";
            var (method, target, status) = roll switch
            {
                < 5 => ("GET", link, 200),
                < 6 => ("HEAD", link, 200),
                < 7 => ("GET", link.Replace("/go/", "/go/x", StringComparison.Ordinal), 404),
                < 8 => ("GET", link, 200),
                < 10 => ("GET", "/wp-login.php", 404),
                _ => ("GET", Pages[random.Next(Pages.Length)], random.Next(20) == 0 ? 304 : 200),
            };
            if (roll == 7)
            {
                agent = Agents[5 + random.Next(2)];
            }

            written += Append(output, line, address, time, method, target, status, agent);
        }

        return written;
    }

    private static long Append(StreamWriter output, StringBuilder line, string address, DateTimeOffset time, string method, string target, int status, string agent)
    {
        line.Clear();
        line.Append(address).Append(" - - [")
            .Append(time.ToString("dd/MMM/yyyy:HH:mm:ss zzz", CultureInfo.InvariantCulture).Remove(24, 1))
            .Append("] \"").Append(method).Append(' ').Append(target).Append(" HTTP/1.1\" ")
            .Append(status.ToString(CultureInfo.InvariantCulture)).Append(" 5120 \"https://www.example.org/newsletters/\" \"")
            .Append(agent).Append("\"\n");
        output.Write(line);
        return line.Length;
    }

    private static void WriteSite(string siteDirectory)
    {
        foreach (var newsletter in Newsletters)
        {
            var folder = Path.Combine(siteDirectory, "newsletters", newsletter);
            Directory.CreateDirectory(folder);
            var entries = LinkIds.Select((id, i) =>
                $"{{ \"id\": \"{id}\", \"text\": \"Link {i + 1}\", \"section\": \"section-{(i / 3) + 1}\", \"sectionTitle\": \"Section {(i / 3) + 1}\", \"target\": \"https://www.example.org/{id}/\", \"position\": {i + 1} }}");
            File.WriteAllText(Path.Combine(folder, "links.json"), "[\n  " + string.Join(",\n  ", entries) + "\n]\n");
        }
    }
}
