namespace Site.Clicks.Reporting;

/// <summary>A plain-text table with padded columns, for the console. Numbers are right-aligned.</summary>
internal sealed class TextTable(params (string Heading, bool IsNumber)[] columns)
{
    private const int MaxCellWidth = 40;

    private readonly List<string[]> rows = [];

    public void Add(params string[] cells) => rows.Add(cells.Select(Shorten).ToArray());

    public void Write(TextWriter writer, string indent = "  ")
    {
        var widths = columns.Select((column, i) => Math.Max(column.Heading.Length, rows.Count == 0 ? 0 : rows.Max(row => row[i].Length))).ToArray();
        WriteRow(writer, indent, columns.Select(column => column.Heading).ToArray(), widths);
        foreach (var row in rows)
        {
            WriteRow(writer, indent, row, widths);
        }
    }

    private void WriteRow(TextWriter writer, string indent, string[] cells, int[] widths)
    {
        var padded = cells.Select((cell, i) => columns[i].IsNumber ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
        writer.WriteLine((indent + string.Join("  ", padded)).TrimEnd());
    }

    private static string Shorten(string cell) => cell.Length <= MaxCellWidth ? cell : cell[..(MaxCellWidth - 1)] + "…";
}
