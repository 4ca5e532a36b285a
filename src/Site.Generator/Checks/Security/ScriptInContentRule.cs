using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Security;

/// <summary>
/// No <c>&lt;script&gt;</c> in an author's text. Scripts come only from the theme, where they are
/// reviewed and allowed by the Content Security Policy; pasted embed code belongs in the theme too.
/// </summary>
public sealed class ScriptInContentRule : IPageRule
{
    public string Id => "script-in-content";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "No <script> elements in Markdown content.";

    public void Check(PageContext page, RuleReport report)
    {
        foreach (var script in page.Index.Scripts)
        {
            if (page.Index.IsInProse(script))
            {
                report.Add(script, "The text contains a <script>; scripts in content are blocked by the site's security policy.",
                    "Remove it. If a page needs an embed (a video, a form), ask for it to be added to the theme.");
            }
        }
    }
}
