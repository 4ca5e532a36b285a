using System.Globalization;

namespace Site.Generator.Theme.Shared;

/// <summary>
/// Dates as GOV.UK writes them ("14 February 2024"), with the ISO form for <c>&lt;time datetime&gt;</c>.
/// Both are culture-free so that a page reads the same whichever machine builds it.
/// </summary>
public static class ReadableDate
{
    public static string Text(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
