using System.Text.RegularExpressions;
using Site.Generator.Checks.Html;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Accessibility;

/// <summary>
/// Link text says where the link goes, because screen reader users often move from link to link
/// without the words around them (WCAG 2.4.4). "Click here", "read more" and a bare web address fail.
/// </summary>
public sealed partial class VagueLinkTextRule : IPageRule
{
    /// <summary>Link texts that say nothing about where a link goes, compared in lower case without end punctuation.</summary>
    public static readonly IReadOnlySet<string> VagueTexts = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "click here", "click", "here", "read more", "more", "more info", "more information", "this link", "link",
        "learn more", "this page", "go", "continue reading",
    };

    public string Id => "vague-link-text";

    public Severity DefaultSeverity => Severity.Warning;

    public string Description => "Link text says where the link goes: not \"click here\", \"read more\", \"here\", \"more\", \"this link\" or a bare web address.";

    public void Check(PageContext page, RuleReport report)
    {
        foreach (var link in page.Index.Links)
        {
            if (link.Element.LocalName != HtmlNames.A || link.Attribute != HtmlNames.Href)
            {
                continue;
            }

            var name = page.Index.NameOf(link.Element);
            var words = Comparable(name);
            if (VagueTexts.Contains(words))
            {
                report.Add(link.Element, $"The link text \"{name}\" does not say where the link goes.",
                    "Use words that make sense on their own, such as [our neglect toolkit](/toolkits/neglect/).");
            }
            else if (LooksLikeAddress(name) && BareAddress().IsMatch(name))
            {
                report.Add(link.Element, $"The link text is a bare web address ({name}), which a screen reader reads out letter by letter.",
                    "Name the page or site instead, such as [NSPCC: spotting the signs of neglect](https://...).");
            }
        }
    }

    /// <summary>Without a download note such as "(PDF, 1 MB)" and without end punctuation; compared ignoring case.</summary>
    private static string Comparable(string name)
    {
        var text = name.EndsWith(')') ? DownloadNote().Replace(name, "") : name;
        return text.Trim().TrimEnd('.', ',', ':', ';', '!', '\u2026', '>', '\u203a', '\u00bb').Trim();
    }

    // Most link texts are words; only these can be a bare address.
    private static bool LooksLikeAddress(string name) =>
        name.StartsWith("http", StringComparison.OrdinalIgnoreCase) || name.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\s*\([^)]*\)\s*$")]
    private static partial Regex DownloadNote();

    [GeneratedRegex(@"^(?:https?://|www\.)\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex BareAddress();
}
