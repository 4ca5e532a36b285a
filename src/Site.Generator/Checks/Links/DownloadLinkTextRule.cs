using System.Text.RegularExpressions;
using Site.Generator.Checks.Html;
using Site.Generator.Diagnostics;
using Site.Generator.Markdown.FileLinks;

namespace Site.Generator.Checks.Links;

/// <summary>
/// A link to a download (PDF, Word, spreadsheet…) says the file's type and size in its text, so nobody
/// opens a large file or an unexpected format by surprise. Markdown links to files the site publishes
/// get this from the build; raw HTML links and links to other sites need it written.
/// </summary>
public sealed partial class DownloadLinkTextRule : IPageRule
{
    public string Id => "download-link-text";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "Links to downloads state the file's type and size, for example \"(PDF, 1.2 MB)\".";

    public void Check(PageContext page, RuleReport report)
    {
        foreach (var link in page.Index.Links)
        {
            if (!link.IsNavigation || link.Kind is not (LinkKind.Internal or LinkKind.External) || !MayBeFile(link.Value)
                || FileKinds.NameOf(PathOf(link)) is not { } kind)
            {
                continue;
            }

            var text = page.Index.NameOf(link.Element);
            var statesType = text.Contains(kind, StringComparison.OrdinalIgnoreCase)
                || text.Contains(Path.GetExtension(PathOf(link)).TrimStart('.'), StringComparison.OrdinalIgnoreCase);
            if (statesType && Size().IsMatch(text))
            {
                continue;
            }

            report.Add(link.Element, $"The link to '{link.Value}' does not say that it is a {kind} and how big it is.",
                link.Kind == LinkKind.Internal
                    ? "Write it as a Markdown link, [Title](/files/name.pdf): the site adds the type and size, such as \"(PDF, 1.2 MB)\"."
                    : $"Add the type and size to the link text, for example \"Title ({kind}, 1.2 MB)\".");
        }
    }

    /// <summary>A quick test before the exact one: a file's address has a dot after its last slash.</summary>
    private static bool MayBeFile(string value) => value.LastIndexOf('.') > value.LastIndexOf('/');

    private static string PathOf(PageLink link) =>
        link.SitePath ?? (Uri.TryCreate(link.Value.Trim(), UriKind.Absolute, out var uri) ? uri.AbsolutePath : link.Value);

    [GeneratedRegex(@"\d+(?:[.,]\d+)?\s?(?:bytes|KB|MB|GB)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Size();
}
