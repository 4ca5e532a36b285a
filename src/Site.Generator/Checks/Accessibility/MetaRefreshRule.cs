using System.Globalization;
using Site.Generator.Checks.Html;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Accessibility;

/// <summary>
/// No page refreshes or redirects itself after a delay, which moves readers on before they have
/// finished (WCAG 2.2.1). An immediate redirect (delay 0), as on the /go/ tracked-link pages, is fine.
/// </summary>
public sealed class MetaRefreshRule : IPageRule
{
    public string Id => "meta-refresh";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "No <meta http-equiv=\"refresh\"> with a delay; an immediate (0 second) redirect is allowed.";

    public void Check(PageContext page, RuleReport report)
    {
        foreach (var meta in page.Index.Metas)
        {
            if (!string.Equals(meta.GetAttribute(HtmlNames.HttpEquiv)?.Trim(), HtmlNames.RefreshHttpEquiv, StringComparison.OrdinalIgnoreCase)
                || meta.GetAttribute(HtmlNames.Content) is not { } content)
            {
                continue;
            }

            var delayText = content.Split(';', ',')[0].Trim();
            if (double.TryParse(delayText, NumberStyles.Float, CultureInfo.InvariantCulture, out var delay) && delay > 0)
            {
                report.Add(meta, $"The page refreshes or redirects itself after {delayText} seconds.",
                    "Redirect immediately (content=\"0; url=...\") or give readers a link to follow instead.");
            }
        }
    }
}
