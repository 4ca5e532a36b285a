using AngleSharp.Dom;
using Site.Generator.Checks.Html;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Accessibility;

/// <summary>
/// Each header of a data table heads some data: a column header has data cells below it, a row header
/// has data cells beside it. A header over nothing usually means a row or column was lost.
/// </summary>
public sealed class ThHasDataCellsRule : IPageRule
{
    public string Id => "th-has-data-cells";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "Every non-empty header cell of a data table heads some cells: below it for a column header, beside it for a row header.";

    public void Check(PageContext page, RuleReport report)
    {
        foreach (var table in page.Index.Tables)
        {
            if (!DataTables.IsDataTable(table))
            {
                continue;
            }

            var grid = TableGrid.Of(table);
            var orphans = new List<string>();
            var reported = new HashSet<IElement>();
            for (var r = 0; r < grid.RowCount; r++)
            {
                var row = grid.Row(r);
                for (var c = 0; c < row.Count; c++)
                {
                    var cell = row[c];
                    if (cell is null || cell.LocalName != HtmlNames.Th || reported.Contains(cell) || !StartsAt(grid, cell, r, c)
                        || AccessibleName.TextOf(cell).Length == 0)
                    {
                        continue;
                    }

                    if (!HeadsData(grid, cell, r, c))
                    {
                        reported.Add(cell);
                        orphans.Add(AccessibleName.TextOf(cell));
                    }
                }
            }

            if (orphans.Count > 0)
            {
                report.Add(table, $"The table's header{(orphans.Count == 1 ? "" : "s")} \"{string.Join("\", \"", orphans)}\" head{(orphans.Count == 1 ? "s" : "")} no data cells.",
                    "Give every header a column (or row) of data, or remove headers left over from a deleted column.");
            }
        }
    }

    private static bool StartsAt(TableGrid grid, IElement cell, int row, int column) =>
        (column == 0 || grid.At(row, column - 1) != cell) && (row == 0 || grid.At(row - 1, column) != cell);

    /// <summary>
    /// A column header heads something when a cell below it is not another column header (a data
    /// cell, or a row header as in a chart's figures table); a row header, when a cell beside it is
    /// not another row header.
    /// </summary>
    private static bool HeadsData(TableGrid grid, IElement header, int row, int column)
    {
        if (IsColumnHeader(grid, header, row))
        {
            for (var r = row + 1; r < grid.RowCount; r++)
            {
                if (grid.At(r, column) is { } below && below != header && !(below.LocalName == HtmlNames.Th && IsColumnHeader(grid, below, r)))
                {
                    return true;
                }
            }

            return false;
        }

        foreach (var cell in grid.Row(row))
        {
            if (cell is not null && cell != header && !(cell.LocalName == HtmlNames.Th && !IsColumnHeader(grid, cell, row)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A header with scope="col", or without a scope in the table's head or in a row of headers only.</summary>
    private static bool IsColumnHeader(TableGrid grid, IElement header, int row)
    {
        var scope = header.GetAttribute(HtmlNames.Scope)?.Trim().ToLowerInvariant();
        return scope switch
        {
            "col" or "colgroup" => true,
            "row" or "rowgroup" => false,
            _ => header.ParentElement?.ParentElement?.LocalName == HtmlNames.Thead || !RowHasData(grid, row),
        };
    }

    private static bool RowHasData(TableGrid grid, int row)
    {
        foreach (var cell in grid.Row(row))
        {
            if (cell is { LocalName: HtmlNames.Td })
            {
                return true;
            }
        }

        return false;
    }
}
