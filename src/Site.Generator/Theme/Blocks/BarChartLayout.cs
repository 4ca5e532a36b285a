using System.Globalization;
using Site.Generator.Data;

namespace Site.Generator.Theme.Blocks;

/// <summary>Where one bar of a chart goes: its label above it, then the bar and its value.</summary>
public sealed record BarRow(string Label, string Value, double LabelY, double BarY, string BarWidth, string ValueX, double ValueY);

/// <summary>
/// Lays out a horizontal bar chart for an SVG with no viewBox: heights are in pixels and widths in
/// percentages of the chart's width. Text then stays at its real size however narrow the screen
/// (a scaled viewBox would shrink it to nothing at 320px) while the bars stretch to fit.
/// </summary>
public sealed class BarChartLayout
{
    public const double RowHeight = 52;
    public const double BarHeight = 20;

    /// <summary>The widest bar leaves this share of the width for its value.</summary>
    private const double LongestBarPercent = 80;

    public BarChartLayout(Chart chart)
    {
        var largest = chart.Values.Count == 0 ? 0 : chart.Values.Max(v => v.Value);
        Rows = chart.Values.Select((value, i) => Row(value, i, largest)).ToList();
        Height = Rows.Count * RowHeight;
    }

    public IReadOnlyList<BarRow> Rows { get; }

    public double Height { get; }

    /// <summary>Numbers as they are written in the data table: 1,401 and 552.5.</summary>
    public static string Number(double value) => value.ToString("#,##0.##", CultureInfo.InvariantCulture);

    private static BarRow Row(ChartValue value, int index, double largest)
    {
        var top = index * RowHeight;
        var percent = largest <= 0 ? 0 : Math.Max(0, value.Value) / largest * LongestBarPercent;
        return new BarRow(
            value.Label,
            Number(value.Value),
            LabelY: top + 16,
            BarY: top + 24,
            BarWidth: Percent(percent),
            ValueX: Percent(percent + 1.5),
            ValueY: top + 40);
    }

    private static string Percent(double value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
