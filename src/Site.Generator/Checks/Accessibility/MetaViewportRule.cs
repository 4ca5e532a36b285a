using System.Globalization;
using Site.Generator.Checks.Html;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Accessibility;

/// <summary>The viewport lets readers zoom: no user-scalable=no and no maximum-scale under 2 (WCAG 1.4.4).</summary>
public sealed class MetaViewportRule : IPageRule
{
    /// <summary>The smallest maximum zoom allowed, as in axe-core.</summary>
    public const double MinimumMaximumScale = 2;

    public string Id => "meta-viewport";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "The viewport does not stop readers zooming (no user-scalable=no, no maximum-scale below 2).";

    public void Check(PageContext page, RuleReport report)
    {
        foreach (var meta in page.Index.Metas)
        {
            if (!string.Equals(meta.GetAttribute(HtmlNames.Name)?.Trim(), HtmlNames.ViewportName, StringComparison.OrdinalIgnoreCase)
                || meta.GetAttribute(HtmlNames.Content) is not { } content)
            {
                continue;
            }

            if (Problem(content) is { } problem)
            {
                report.Add(meta, $"The viewport stops readers zooming in ({problem}).",
                    "Use content=\"width=device-width, initial-scale=1\" without user-scalable or maximum-scale.");
            }
        }
    }

    private static string? Problem(string content)
    {
        // Nearly every page has the same harmless viewport: only these two settings can block zoom.
        if (!content.Contains("user-scalable", StringComparison.OrdinalIgnoreCase) && !content.Contains("maximum-scale", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (var pair in content.Split(',', ';'))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length != 2)
            {
                continue;
            }

            var key = parts[0].Trim().ToLowerInvariant();
            var value = parts[1].Trim().ToLowerInvariant();
            if (key == "user-scalable" && (value == "no"
                || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var scalable) && scalable is > -1 and < 1))
            {
                return $"user-scalable={value}";
            }

            if (key == "maximum-scale")
            {
                var scale = value == "yes" ? 1 : double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : double.NaN;
                if (scale is >= 0 and < MinimumMaximumScale)
                {
                    return $"maximum-scale={value}";
                }
            }
        }

        return null;
    }
}
