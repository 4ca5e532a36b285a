using AngleSharp.Dom;
using Site.Generator.Checks.Html;

namespace Site.Generator.Checks.Accessibility;

/// <summary>
/// A table laid out as a grid of cells, with colspan and rowspan spread over the slots they cover,
/// so the table rules can ask what lies below or beside a header.
/// </summary>
public sealed class TableGrid
{
    private readonly List<List<IElement?>> _rows = [];

    private TableGrid()
    {
    }

    public int RowCount => _rows.Count;

    public IReadOnlyList<IElement?> Row(int row) => _rows[row];

    public IElement? At(int row, int column) => column < _rows[row].Count ? _rows[row][column] : null;

    /// <summary>Rows of the table itself (not of nested tables), in order.</summary>
    public static IEnumerable<IElement> RowsOf(IElement table)
    {
        foreach (var child in table.Children)
        {
            if (child.LocalName == HtmlNames.Tr)
            {
                yield return child;
            }
            else if (child.LocalName is "thead" or "tbody" or "tfoot")
            {
                foreach (var row in child.Children)
                {
                    if (row.LocalName == HtmlNames.Tr)
                    {
                        yield return row;
                    }
                }
            }
        }
    }

    public static bool IsCell(IElement element) => element.LocalName is HtmlNames.Td or HtmlNames.Th;

    public static TableGrid Of(IElement table)
    {
        var grid = new TableGrid();
        var rowIndex = 0;
        foreach (var row in RowsOf(table))
        {
            var cells = Slots(grid, rowIndex);
            var column = 0;
            foreach (var cell in row.Children)
            {
                if (!IsCell(cell))
                {
                    continue;
                }

                while (column < cells.Count && cells[column] is not null)
                {
                    column++;
                }

                var colspan = Span(cell, HtmlNames.Colspan, 1000);
                // A huge rowspan is capped: it only ever needs to reach the table's last row.
                var rowspan = Span(cell, HtmlNames.Rowspan, 200);
                for (var r = 0; r < rowspan; r++)
                {
                    var slots = Slots(grid, rowIndex + r);
                    for (var c = 0; c < colspan; c++)
                    {
                        while (slots.Count <= column + c)
                        {
                            slots.Add(null);
                        }

                        slots[column + c] ??= cell;
                    }
                }

                column += colspan;
            }

            rowIndex++;
        }

        // Rows made only by a rowspan reaching past the last row do not exist.
        while (grid._rows.Count > rowIndex)
        {
            grid._rows.RemoveAt(grid._rows.Count - 1);
        }

        return grid;
    }

    private static List<IElement?> Slots(TableGrid grid, int row)
    {
        while (grid._rows.Count <= row)
        {
            grid._rows.Add([]);
        }

        return grid._rows[row];
    }

    private static int Span(IElement cell, string attribute, int maximum) =>
        int.TryParse(cell.GetAttribute(attribute), out var span) && span > 0 ? Math.Min(span, maximum) : 1;
}
