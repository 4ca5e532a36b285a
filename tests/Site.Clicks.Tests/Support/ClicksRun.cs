using System.Text;

namespace Site.Clicks.Tests.Support;

/// <summary>One row of the --csv output.</summary>
internal sealed record LinkRow(string Newsletter, string Section, string Link, string Text, long Clicks, long Unique);

/// <summary>What one run of the command did: exit code, console output and, if asked, its CSV rows.</summary>
internal sealed record ClicksRun(int ExitCode, string Output, string Errors, IReadOnlyList<LinkRow> Rows)
{
    public static ClicksRun Of(params string[] args) => Of(args, null);

    public static ClicksRun Of(IReadOnlyList<string> args, string? csvPath)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = ClicksProgram.Run(args, output, errors);
        var rows = csvPath is not null && File.Exists(csvPath) ? ReadCsv(csvPath) : [];
        return new ClicksRun(exit, output.ToString(), errors.ToString(), rows);
    }

    public LinkRow Row(string newsletter, string link) =>
        Rows.SingleOrDefault(row => row.Newsletter == newsletter && row.Link == link)
        ?? throw new Xunit.Sdk.XunitException($"No CSV row for {newsletter}/{link}. Output:\n{Output}\n{Errors}");

    public long Clicks(string newsletter, string link) => Row(newsletter, link).Clicks;

    public long TotalClicks => Rows.Sum(row => row.Clicks);

    /// <summary>The number in a "label: N" or "N  label" line of the console summary.</summary>
    public long Excluded(string reasonStart)
    {
        var line = Output.Split('\n').Single(l => l.TrimStart().Contains(reasonStart, StringComparison.Ordinal) && char.IsDigit(l.TrimStart()[0]));
        return long.Parse(line.Trim().Split("  ")[0].Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static IReadOnlyList<LinkRow> ReadCsv(string path)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        Assert.Equal("newsletter,section,link,text,clicks,unique", lines[0]);
        return lines.Skip(1).Where(line => line.Length > 0).Select(line =>
        {
            var f = SplitCsv(line);
            return new LinkRow(f[0], f[1], f[2], f[3], long.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture), long.Parse(f[5], System.Globalization.CultureInfo.InvariantCulture));
        }).ToList();
    }

    public static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
