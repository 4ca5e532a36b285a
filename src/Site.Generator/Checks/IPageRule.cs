using Site.Generator.Diagnostics;

namespace Site.Generator.Checks;

/// <summary>
/// One check, run on every page over the page's single parse. A rule has an id (axe-core's where axe
/// has the same rule), a default severity a site can change in site.yml, and reports through
/// <see cref="RuleReport"/>. Rules keep no state between pages, so pages are checked in parallel.
/// </summary>
public interface IPageRule
{
    string Id { get; }

    Severity DefaultSeverity { get; }

    /// <summary>One line for the documentation and the rule list.</summary>
    string Description { get; }

    void Check(PageContext page, RuleReport report);
}
