using AngleSharp.Dom;
using Site.Generator.Checks.Html;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Links;

/// <summary>A link's <c>#fragment</c> names an id (or anchor) that exists on the page it goes to.</summary>
/// <remarks>
/// Links within the page are checked with the page. A link to another page's fragment is recorded
/// (<see cref="OtherPageFragment"/>) and settled by <see cref="Settle"/> once every page is checked,
/// so no page's parse has to be kept for another's sake.
/// </remarks>
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
                || link.SitePath is not { } path || link.OutputPathIn(page.Targets) is not { } target)
            {
                continue;
            }

            if (target != page.Page.OutputPath)
            {
                report.AddOtherPageFragment(link.Element, link.Value, fragment, target, path);
            }
            else if (!page.Index.FragmentTargets.Contains(fragment))
            {
                var (message, fix) = Describe(link.Value, fragment, "this page", page.Index.FragmentTargets);
                report.Add(link.Element, message, fix);
            }
        }
    }

    /// <summary>The finding for a link to another page's fragment, given that page's ids; null when the id exists or the target is not a checked page.</summary>
    public static Finding? Settle(OtherPageFragment link, IReadOnlySet<string>? ids)
    {
        if (ids is null || ids.Contains(link.Fragment))
        {
            return null;
        }

        var (message, fix) = Describe(link.Value, link.Fragment, link.SitePath, ids);
        return new Finding(link.Rule, link.Severity, link.At, message, fix, link.PageUrl, link.Element);
    }

    private static (string Message, string Fix) Describe(string value, string fragment, string where, IReadOnlySet<string> ids) =>
        ($"The link '{value}' goes to #{fragment}, but {where} has no heading or element with that id.",
            Closest(fragment, ids) is { } suggestion
                ? $"Did you mean #{suggestion}?"
                : "Link to one of the page's headings: a heading's id is its text in lower case with hyphens, such as #what-we-found.");

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

/// <summary>A link from one page to a fragment of another, as plain data: what it needs to be checked later.</summary>
/// <param name="TargetPath">The published file the link goes to, such as <c>about/index.html</c>.</param>
/// <param name="SitePath">The address as the reader knows it, such as <c>/about/</c>.</param>
public sealed record OtherPageFragment(
    string Rule,
    Severity Severity,
    SourceSpan At,
    string PageUrl,
    IElement? Element,
    string Value,
    string Fragment,
    string TargetPath,
    string SitePath);
