using System.Globalization;
using System.Text;

namespace Site.Clicks.Reporting;

/// <summary>
/// Writes one row per link: <c>newsletter,section,link,text,clicks,unique</c>. UTF-8 with a byte order
/// mark so spreadsheet programs show non-ASCII link text correctly.
/// </summary>
internal static class CsvReportWriter
{
    public const string Header = "newsletter,section,link,text,clicks,unique";

    public static void Write(ClickReport report, string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        writer.NewLine = "\n";
        writer.WriteLine(Header);
        foreach (var newsletter in report.Newsletters)
        {
            foreach (var link in newsletter.Links)
            {
                writer.WriteLine(string.Join(
                    ',',
                    Field(newsletter.Slug),
                    Field(link.Section),
                    Field(link.Id),
                    Field(link.Text),
                    link.Count.Clicks.ToString(CultureInfo.InvariantCulture),
                    link.Count.Unique.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }

    private static string Field(string value)
    {
        // A cell starting with = + - @ would be run as a formula by a spreadsheet; a leading
        // apostrophe makes it plain text.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
