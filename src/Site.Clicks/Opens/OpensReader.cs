using System.Globalization;
using System.Text;
using Site.Clicks.Csv;
using Site.Clicks.Reading;

namespace Site.Clicks.Opens;

/// <summary>
/// Reads a mailing tool's CSV export of campaign opens. Header names are matched loosely, since every
/// tool names them differently (Mailchimp "Title" and "Unique Opens", listmonk "name" and "views").
/// </summary>
internal static class OpensReader
{
    private static readonly string[] NameColumns = ["slug", "newsletter", "newsletter slug", "campaign", "campaign name", "campaign title", "title", "name", "subject", "email subject"];
    private static readonly string[] OpenColumns = ["opens", "total opens", "open count", "opens total", "opened", "views", "total views"];
    private static readonly string[] UniqueOpenColumns = ["unique opens", "opens unique", "unique opened", "unique views", "uniques"];

    public static IReadOnlyList<NewsletterOpens> Read(string path)
    {
        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var why = ex is FileNotFoundException or DirectoryNotFoundException ? "file not found. Check the path given to --opens." : $"it cannot be read ({ex.Message}).";
            throw new ClicksInputException($"{path}: {why}");
        }

        using var reader = new LogLineReader(stream, 64 * 1024);
        CsvRowSplitter? row = null;
        int nameColumn = -1, opensColumn = -1, uniqueColumn = -1;
        int[] keyColumns = [];
        var result = new List<NewsletterOpens>();
        while (reader.TryReadLine(out var line))
        {
            if (line.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0)
            {
                continue;
            }

            if (row is null)
            {
                row = new CsvRowSplitter(CsvRowSplitter.GuessDelimiter(line));
                if (!row.TrySplit(line))
                {
                    throw new ClicksInputException($"{path}: line {reader.LineNumber}: the header row has a quote that is not closed.");
                }

                var header = new CsvHeader(row);
                nameColumn = header.Find(NameColumns);
                opensColumn = header.Find(OpenColumns);
                uniqueColumn = header.Find(UniqueOpenColumns);
                keyColumns = NameColumns.Select(name => header.Find([name])).Where(index => index >= 0).Distinct().ToArray();
                if (nameColumn < 0 || (opensColumn < 0 && uniqueColumn < 0))
                {
                    var missing = nameColumn < 0 ? "newsletter column (named campaign, newsletter, title, name or subject)" : "opens column (named opens, total opens, unique opens or views)";
                    throw new ClicksInputException(
                        $"{path}: line {reader.LineNumber}: the opens export has no {missing}. Its columns are: {string.Join(", ", header.Names)}. Rename the column in the header row.");
                }

                continue;
            }

            if (!row.TrySplit(line))
            {
                throw new ClicksInputException($"{path}: line {reader.LineNumber}: a quoted field has no closing quote.");
            }

            var campaign = Encoding.UTF8.GetString(row[nameColumn]).Trim();
            if (campaign.Length == 0)
            {
                continue;
            }

            var keys = keyColumns.Select(index => Encoding.UTF8.GetString(row[index]).Trim()).Where(key => key.Length > 0).ToArray();
            result.Add(new NewsletterOpens(campaign, keys, Number(row[opensColumn], path, reader.LineNumber), Number(row[uniqueColumn], path, reader.LineNumber)));
        }

        if (row is null)
        {
            throw new ClicksInputException($"{path}: the opens export is empty. Export the campaign report from the mailing tool as CSV.");
        }

        return result;
    }

    /// <summary>A count, allowing thousands separators ("1,401"); null when the cell is empty.</summary>
    private static long? Number(ReadOnlySpan<byte> cell, string path, long line)
    {
        var text = Encoding.UTF8.GetString(cell).Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        throw new ClicksInputException($"{path}: line {line}: \"{text}\" is not a whole number of opens. Export the counts as numbers, not percentages.");
    }
}
