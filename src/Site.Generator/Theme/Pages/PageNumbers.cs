namespace Site.Generator.Theme.Pages;

/// <summary>
/// Which page numbers a pagination shows, as GOV.UK's pattern advises: the first, the last, the
/// current one and its neighbours, with a gap (null) wherever numbers are left out.
/// </summary>
public static class PageNumbers
{
    public static IReadOnlyList<int?> Shown(int current, int count)
    {
        var shown = new List<int?>();
        for (var n = 1; n <= count; n++)
        {
            if (n == 1 || n == count || Math.Abs(n - current) <= 1)
            {
                shown.Add(n);
            }
            else if (shown[^1] is not null)
            {
                shown.Add(null);
            }
        }

        return shown;
    }
}
