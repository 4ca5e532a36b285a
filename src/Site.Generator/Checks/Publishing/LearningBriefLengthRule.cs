using Site.Generator.Content;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Publishing;

/// <summary>A learning brief fits on one printed page, the form practitioners pin up and share.</summary>
public sealed class LearningBriefLengthRule : IPageRule
{
    public static readonly PrintedPageBudget Budget = new(1, PrintedPageBudget.OnePage);

    public string Id => "learning-brief-length";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => $"Learning briefs fit on one printed page: words + {PrintedLength.WordsPerBlock} per block at most {Budget.Size}.";

    public void Check(PageContext page, RuleReport report)
    {
        if (page.Document?.Type == ContentType.LearningBrief)
        {
            BriefLength.Check(page, report, Budget, "learning brief");
        }
    }
}
