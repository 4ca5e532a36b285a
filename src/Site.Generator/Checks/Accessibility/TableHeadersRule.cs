using Site.Generator.Checks.Html;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Accessibility;

/// <summary>
/// Data tables have header cells, and headers say what they head (WCAG 1.3.1): a <c>th</c> in the
/// table's head is a column header; anywhere else it needs <c>scope="row"</c> or <c>scope="col"</c>.
/// </summary>
public sealed class TableHeadersRule : IPageRule
{
    public string Id => "table-headers";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "Data tables have header cells; a <th> outside <thead> has scope=\"row\" or scope=\"col\".";

    public void Check(PageContext page, RuleReport report)
    {
        foreach (var table in page.Index.Tables)
        {
            if (!DataTables.IsDataTable(table))
            {
                continue;
            }

            var hasHeader = false;
            foreach (var row in TableGrid.RowsOf(table))
            {
                var inHead = row.ParentElement?.LocalName == HtmlNames.Thead;
                foreach (var cell in row.Children)
                {
                    if (cell.LocalName != HtmlNames.Th)
                    {
                        continue;
                    }

                    hasHeader = true;
                    if (!inHead && string.IsNullOrWhiteSpace(cell.GetAttribute(HtmlNames.Scope)))
                    {
                        report.Add(cell, $"The header cell \"{AccessibleName.TextOf(cell)}\" is not in the table's head and does not say whether it heads a row or a column.",
                            "Add scope=\"row\" (or scope=\"col\") to the <th>, or move the header row into <thead>.");
                    }
                }
            }

            if (!hasHeader)
            {
                report.Add(table, "This table has no header cells, so screen reader users cannot tell what each column holds.",
                    "Give the table a header row: in Markdown, the first row followed by a line such as | --- | --- |.");
            }
        }
    }
}
