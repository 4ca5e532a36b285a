using System.Globalization;
using System.Text;

namespace Site.Clicks.Reporting;

/// <summary>One bar: its label and value.</summary>
internal sealed record ChartBar(string Label, long Value);

/// <summary>
/// Draws bar charts as inline SVG. Each chart is one image to assistive technology
/// (<c>role="img"</c>, named by its title and described by a summary), and is always placed beside a
/// table with the same numbers, which is the accessible way to read every value.
/// </summary>
internal static class SvgBarChart
{
    private const int Width = 640;
    private const int MaxLabelLength = 32;

    /// <summary>Horizontal bars, one row per item, labels on the left: for links and sections.</summary>
    public static void WriteHorizontal(StringBuilder html, string id, string title, string description, IReadOnlyList<ChartBar> bars)
    {
        const int labelWidth = 230;
        const int valueWidth = 70;
        const int rowHeight = 26;
        const int padding = 6;
        var height = Math.Max(1, bars.Count) * rowHeight + (2 * padding);
        var max = Math.Max(1, bars.Count == 0 ? 0 : bars.Max(bar => bar.Value));
        Open(html, id, title, description, height);
        for (var i = 0; i < bars.Count; i++)
        {
            var y = padding + (i * rowHeight);
            var length = (int)Math.Round((double)bars[i].Value / max * (Width - labelWidth - valueWidth));
            html.Append(Invariant($"<text x=\"{labelWidth - 8}\" y=\"{y + 17}\" text-anchor=\"end\">{Html.Escape(Shorten(bars[i].Label))}</text>"));
            html.Append(Invariant($"<rect class=\"bar\" x=\"{labelWidth}\" y=\"{y + 4}\" width=\"{length}\" height=\"18\"/>"));
            html.Append(Invariant($"<text x=\"{labelWidth + length + 6}\" y=\"{y + 17}\">{ReportText.Number(bars[i].Value)}</text>"));
        }

        html.Append("</svg>\n");
    }

    /// <summary>Vertical bars in time order, dates along the bottom: for the daily series.</summary>
    public static void WriteColumns(StringBuilder html, string id, string title, string description, IReadOnlyList<ChartBar> bars)
    {
        const int height = 240;
        const int left = 48;
        const int right = 12;
        const int top = 16;
        const int bottom = 40;
        var plotWidth = Width - left - right;
        var plotHeight = height - top - bottom;
        var max = Math.Max(1, bars.Count == 0 ? 0 : bars.Max(bar => bar.Value));
        var slot = (double)plotWidth / Math.Max(1, bars.Count);
        var barWidth = Math.Max(1.0, slot * 0.8);
        Open(html, id, title, description, height);
        html.Append(Invariant($"<line class=\"axis\" x1=\"{left}\" y1=\"{top + plotHeight}\" x2=\"{left + plotWidth}\" y2=\"{top + plotHeight}\"/>"));
        html.Append(Invariant($"<text x=\"{left - 6}\" y=\"{top + plotHeight}\" text-anchor=\"end\">0</text>"));
        html.Append(Invariant($"<text x=\"{left - 6}\" y=\"{top + 10}\" text-anchor=\"end\">{ReportText.Number(max)}</text>"));

        // Label the first and last day, and a few between, so labels never overlap.
        var labelEvery = Math.Max(1, (int)Math.Ceiling(bars.Count / 6.0));
        for (var i = 0; i < bars.Count; i++)
        {
            var x = left + (i * slot) + ((slot - barWidth) / 2);
            var length = (double)bars[i].Value / max * plotHeight;
            html.Append(Invariant($"<rect class=\"bar\" x=\"{x:0.#}\" y=\"{top + plotHeight - length:0.#}\" width=\"{barWidth:0.#}\" height=\"{length:0.#}\"/>"));
            if (i % labelEvery == 0 || i == bars.Count - 1)
            {
                html.Append(Invariant($"<text x=\"{x + (barWidth / 2):0.#}\" y=\"{height - 16}\" text-anchor=\"middle\">{Html.Escape(bars[i].Label)}</text>"));
            }
        }

        html.Append("</svg>\n");
    }

    private static void Open(StringBuilder html, string id, string title, string description, int height)
    {
        html.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">"));
        html.Append(Invariant($"<title id=\"{id}-title\">{Html.Escape(title)}</title><desc id=\"{id}-desc\">{Html.Escape(description)}</desc>"));
    }

    private static string Shorten(string label) => label.Length <= MaxLabelLength ? label : label[..(MaxLabelLength - 1)] + "…";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
