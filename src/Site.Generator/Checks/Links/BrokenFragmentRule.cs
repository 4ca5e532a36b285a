using Site.Generator.Checks.Html;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Links;

/// <summary>A link's <c>#fragment</c> names an id (or anchor) that exists on the page it goes to.</summary>
public sealed class BrokenFragmentRule : IPageRule
{
    public string Id => "broken-fragment";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "A link's #fragment matches an id on the page it points to.";

    public void Check(PageContext page, RuleReport report)
    {
        foreach (var link in page.Index.Links)
        {
            // An empty fragment and #top both mean the top of the page.
            if (link.Kind != LinkKind.Internal || link.Fragment is not { Length: > 0 } fragment || fragment == "top"
                || link.SitePath is not { } path || link.OutputPathIn(page.Targets) is not { } target
                || page.Targets.FragmentsOf(target) is not { } ids || ids.Contains(fragment))
            {
                continue;
            }

            var where = target == page.Page.OutputPath ? "this page" : path;
            var suggestion = Closest(fragment, ids);
            report.Add(link.Element, $"The link '{link.Value}' goes to #{fragment}, but {where} has no heading or element with that id.",
                suggestion is null
                    ? "Link to one of the page's headings: a heading's id is its text in lower case with hyphens, such as #what-we-found."
                    : $"Did you mean #{suggestion}?");
        }
    }

    /// <summary>The id closest in spelling, if one is close enough to be a likely typo.</summary>
    private static string? Closest(string fragment, IReadOnlySet<string> ids)
    {
        string? best = null;
        var bestDistance = Math.Max(2, fragment.Length / 3) + 1;
        foreach (var id in ids)
        {
            var distance = EditDistance.Between(fragment, id, bestDistance);
            if (distance < bestDistance)
            {
                best = id;
                bestDistance = distance;
            }
        }

        return best;
    }
}
