using Site.Generator.Checks.Html;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Accessibility;

/// <summary>The scope attribute is only on header cells, and is one of row, col, rowgroup or colgroup.</summary>
public sealed class ScopeAttrValidRule : IPageRule
{
    private static readonly HashSet<string> Values = new(StringComparer.OrdinalIgnoreCase) { "row", "col", "rowgroup", "colgroup" };

    public string Id => "scope-attr-valid";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "scope is used only on <th>, with row, col, rowgroup or colgroup.";

    public void Check(PageContext page, RuleReport report)
    {
        foreach (var cell in page.Index.TableCellsWithScope)
        {
            var scope = cell.GetAttribute(HtmlNames.Scope)!.Trim();
            if (cell.LocalName != HtmlNames.Th)
            {
                report.Add(cell, "A data cell (<td>) has a scope attribute; only header cells (<th>) can have one.",
                    "Make the cell a <th> if it is a header, or remove scope.");
            }
            else if (!Values.Contains(scope))
            {
                report.Add(cell, $"scope=\"{scope}\" is not a scope a header can have.", "Use scope=\"col\" for a column header or scope=\"row\" for a row header.");
            }
        }
    }
}
