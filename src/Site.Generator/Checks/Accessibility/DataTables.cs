using AngleSharp.Dom;
using Site.Generator.Checks.Html;

namespace Site.Generator.Checks.Accessibility;

/// <summary>
/// Which tables hold data. Every table counts unless it is marked as layout with role="presentation"
/// or role="none": on this site tables are for data, and email layout tables are marked.
/// </summary>
public static class DataTables
{
    public static bool IsDataTable(IElement table) => !PageIndex.IsPresentational(table);
}
