using System.Globalization;
using Site.Generator.Checks.Html;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Links;

/// <summary>No link points to a document that is a draft or dated in the future: readers would find nothing there.</summary>
public sealed class LinkToDraftRule : IPageRule
{
    public string Id => "link-to-draft";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "No link points to a draft, or to an item dated in the future.";

    public void Check(PageContext page, RuleReport report)
    {
        foreach (var link in page.Index.Links)
        {
            if (link.Kind != LinkKind.Internal || link.SitePath is not { } path || link.OutputPathIn(page.Targets) is not null
                || page.Targets.UnpublishedAt(path) is not { } target)
            {
                continue;
            }

            if (target.Meta.Draft)
            {
                report.Add(link.Element, $"The link '{link.Value}' goes to {target.SourcePath}, which is a draft and is not published.",
                    $"Publish it first (remove 'draft: true' from {target.SourcePath}), or remove the link until it is.");
            }
            else
            {
                var date = target.Meta.Date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "a later date";
                report.Add(link.Element, $"The link '{link.Value}' goes to {target.SourcePath}, which is dated {date} and not published until then.",
                    "Add the link on or after that date, or publish both together.");
            }
        }
    }
}
