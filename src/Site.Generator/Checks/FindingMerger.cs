using Site.Generator.Diagnostics;

namespace Site.Generator.Checks;

/// <summary>
/// Turns the findings of every page into what an author reads: a problem in a template, found on every
/// page, is reported once with how many pages have it, as is a grouped finding such as an acronym
/// missing from the glossary.
/// </summary>
public static class FindingMerger
{
    public static IReadOnlyList<Finding> Merge(IEnumerable<Finding> findings)
    {
        var groups = new Dictionary<(string, string, SourceSpan, string), List<Finding>>();
        foreach (var finding in findings)
        {
            var key = finding.GroupKey is { } group
                ? (finding.Rule, group, default(SourceSpan), "")
                : (finding.Rule, "", finding.At, finding.Message);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(finding);
        }

        var merged = new List<Finding>(groups.Count);
        foreach (var list in groups.Values)
        {
            list.Sort(Compare);
            var first = list[0];
            var pages = list.Select(f => f.PageUrl).Distinct(StringComparer.Ordinal).Count();
            var inTemplate = first.At.File.EndsWith(".razor", StringComparison.Ordinal);
            var where = pages > 1 ? $" (on {pages} pages, such as {first.PageUrl})" : inTemplate ? $" (on {first.PageUrl})" : "";
            merged.Add(where.Length == 0 ? first : first with { Message = first.Message + where });
        }

        merged.Sort(Compare);
        return merged;
    }

    private static int Compare(Finding a, Finding b)
    {
        var order = string.CompareOrdinal(a.At.File, b.At.File);
        order = order != 0 ? order : a.At.Line.CompareTo(b.At.Line);
        order = order != 0 ? order : a.At.Column.CompareTo(b.At.Column);
        order = order != 0 ? order : string.CompareOrdinal(a.Rule, b.Rule);
        order = order != 0 ? order : string.CompareOrdinal(a.PageUrl, b.PageUrl);
        return order != 0 ? order : string.CompareOrdinal(a.Message, b.Message);
    }
}
