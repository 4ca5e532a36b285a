using System.Globalization;
using System.Text;

namespace Site.Search.Tests.Infrastructure;

/// <summary>
/// Writes test input for the node scripts. Strings go through the library's JSON.stringify escaping, so
/// unpaired surrogates reach JavaScript intact (System.Text.Json refuses them); numbers that JSON cannot
/// hold (NaN, infinities) are written as strings the scripts turn back into numbers.
/// </summary>
internal sealed class Json
{
    private readonly List<byte> _bytes = [];

    public Json Raw(string text)
    {
        _bytes.AddRange(Encoding.UTF8.GetBytes(text));
        return this;
    }

    public Json String(string? text)
    {
        if (text is null)
        {
            return Raw("null");
        }

        JsJson.AppendString(text, _bytes);
        return this;
    }

    public Json Number(double value) =>
        double.IsFinite(value)
            ? Raw(value.ToString("R", CultureInfo.InvariantCulture))
            : String(double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");

    public Json Array<T>(IEnumerable<T> items, Action<Json, T> write)
    {
        Raw("[");
        bool first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                Raw(",");
            }

            first = false;
            write(this, item);
        }

        return Raw("]");
    }

    public byte[] ToBytes() => [.. _bytes];

    public void WriteTo(string path) => File.WriteAllBytes(path, ToBytes());
}
