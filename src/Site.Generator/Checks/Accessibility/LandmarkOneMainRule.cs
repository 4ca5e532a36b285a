using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Accessibility;

/// <summary>The page has one main landmark, which "skip to main content" and screen readers jump to.</summary>
public sealed class LandmarkOneMainRule : IPageRule
{
    public string Id => "landmark-one-main";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "The page has exactly one <main> (or role=\"main\").";

    public void Check(PageContext page, RuleReport report)
    {
        var mains = page.Index.Mains;
        if (mains.Count == 0)
        {
            report.Add(page.Index.Root, "The page has no main landmark.", "The layout must wrap each page's content in <main>.");
        }

        for (var i = 1; i < mains.Count; i++)
        {
            report.Add(mains[i], "The page has more than one main landmark.", "Keep the layout's <main> only; use <section> or <div> inside it.");
        }
    }
}
