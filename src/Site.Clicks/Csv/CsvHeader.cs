using System.Text;

namespace Site.Clicks.Csv;

/// <summary>
/// The column names of a CSV header row, compared loosely: case, spaces and punctuation are ignored,
/// so "User Agent", "user_agent" and "cs(User-Agent)" are all the same column.
/// </summary>
internal sealed class CsvHeader
{
    private readonly string[] keys;

    public CsvHeader(CsvRowSplitter row)
    {
        Names = new string[row.Count];
        keys = new string[row.Count];
        for (var i = 0; i < row.Count; i++)
        {
            Names[i] = Encoding.UTF8.GetString(row[i]).Trim();
            keys[i] = Key(Names[i]);
        }
    }

    /// <summary>The names as written, for messages.</summary>
    public string[] Names { get; }

    /// <summary>Index of the first candidate name present, tried in the order given; -1 if none is.</summary>
    public int Find(IEnumerable<string> candidates)
    {
        foreach (var candidate in candidates)
        {
            var index = Array.IndexOf(keys, Key(candidate));
            if (index >= 0)
            {
                return index;
            }
        }

        return -1;
    }

    public static string Key(string name)
    {
        var key = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }
}
