using Site.Generator.Data;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks;

/// <summary>The severity each rule runs at on this site: its default, or what site.yml's <c>checks.rules</c> says (null = off).</summary>
public sealed class RuleSeverities(CheckSettings settings)
{
    public Severity? Of(string ruleId, Severity defaultSeverity) =>
        settings.Rules.TryGetValue(ruleId, out var chosen) ? chosen : defaultSeverity;

    /// <summary>The page rules that are on, with their severities.</summary>
    public IReadOnlyList<(IPageRule Rule, Severity Severity)> EnabledPageRules()
    {
        var enabled = new List<(IPageRule, Severity)>();
        foreach (var rule in RuleCatalog.PageRules)
        {
            if (Of(rule.Id, rule.DefaultSeverity) is { } severity)
            {
                enabled.Add((rule, severity));
            }
        }

        return enabled;
    }

    /// <summary>Rule ids in site.yml that no rule has: most likely a typo that leaves a rule at its default.</summary>
    public IEnumerable<Diagnostic> UnknownRules(string settingsFile)
    {
        foreach (var id in settings.Rules.Keys.Order(StringComparer.Ordinal))
        {
            if (!RuleCatalog.Ids.Contains(id))
            {
                yield return Diagnostic.Warning(SourceSpan.WholeFile(settingsFile), $"checks.rules names '{id}', which is not a check.",
                    "See docs/CHECKS.md for the rule ids.", "check-settings");
            }
        }
    }
}
