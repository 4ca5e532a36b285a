using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Accessibility;

/// <summary>The page has one main landmark, which "skip to main content" and screen readers jump to.</summary>
public sealed class LandmarkOneMainRule : IPageRule
{
    public string Id => "landmark-one-main";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "The page has exactly one <main> (or role=\"main\"); covers axe-core's landmark-no-duplicate-main too.";

    public void Check(PageContext page, RuleReport report)
    {
        var mains = page.Index.Mains;
        if (mains.Count == 0)
        {
            report.Add(page.Index.Root, "The page has no main landmark.", "The layout must wrap each page's content in <main>.");
        }

        // Every one is reported: which of them is the real main is for the author to say.
        for (var i = 0; mains.Count > 1 && i < mains.Count; i++)
        {
            report.Add(mains[i], $"The page has {mains.Count} main landmarks; it should have one.", "Keep the layout's <main> only; use <section> or <div> inside it.");
        }
    }
}
