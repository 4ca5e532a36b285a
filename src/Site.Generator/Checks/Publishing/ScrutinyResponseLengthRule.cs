using Site.Generator.Content;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Publishing;

/// <summary>A scrutiny response brief fits on two printed pages, as the partnership has committed to publish them.</summary>
public sealed class ScrutinyResponseLengthRule : IPageRule
{
    public static readonly PrintedPageBudget Budget = new(2, 2 * PrintedPageBudget.OnePage);

    public string Id => "scrutiny-response-length";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => $"Scrutiny response briefs fit on two printed pages: words + {PrintedLength.WordsPerBlock} per block at most {Budget.Size}.";

    public void Check(PageContext page, RuleReport report)
    {
        if (page.Document?.Type == ContentType.ScrutinyResponse)
        {
            BriefLength.Check(page, report, Budget, "scrutiny response brief");
        }
    }
}
