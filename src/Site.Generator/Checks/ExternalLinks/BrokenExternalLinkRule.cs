using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.ExternalLinks;

/// <summary>
/// Links to other sites still work (checked only by <c>site check --external</c>). A warning by default:
/// other sites change without notice, and that should not hold up an urgent update to this one.
/// </summary>
public static class BrokenExternalLinkRule
{
    public const string Id = "broken-external-link";

    public const Severity DefaultSeverity = Severity.Warning;

    public const string Description = "Links to other sites work (only with check --external).";

    public static IReadOnlyList<Finding> Findings(IEnumerable<ExternalLinkUse> uses, IReadOnlyDictionary<string, ExternalLinkResult> results, Severity severity)
    {
        var findings = new List<Finding>();
        foreach (var use in uses)
        {
            if (results.TryGetValue(use.Url, out var result) && result.Status == ExternalLinkStatus.Broken)
            {
                findings.Add(new Finding(Id, severity, use.At, $"The link to {use.Url} is broken: {result.Detail}.",
                    "Find where the page has moved to and link there, or remove the link.", use.PageUrl, null));
            }
        }

        return findings;
    }
}
