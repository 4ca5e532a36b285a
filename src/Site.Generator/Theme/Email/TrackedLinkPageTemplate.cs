using System.Text;
using System.Text.Encodings.Web;

namespace Site.Generator.Theme.Email;

/// <summary>
/// <see cref="TrackedLinkPage"/> rendered once for a build, with a placeholder for each value of its
/// model, so that each of the many <c>/go/</c> pages is written by putting its values in their places
/// rather than by a Razor render of its own. The markup stays in the component; this only changes how
/// often it is rendered.
/// </summary>
/// <remarks>
/// The result is the same bytes as a render because the renderer writes a string value, in text or in
/// an attribute, as <see cref="HtmlEncoder.Default"/> encodes it, and each value is encoded here with
/// that encoder; the placeholders are letters only, which the encoder leaves as they are. It holds
/// while the component writes each value as it is (no condition on a value, no value changed before it
/// is written); a test compares the two for awkward values.
/// </remarks>
public sealed class TrackedLinkPageTemplate
{
    // The model's values in the order of its constructor, the order in which Values makes and reads them.
    private static readonly string[] Names =
    [
        nameof(TrackedLinkPageModel.Language),
        nameof(TrackedLinkPageModel.SiteName),
        nameof(TrackedLinkPageModel.Stylesheet),
        nameof(TrackedLinkPageModel.Favicon),
        nameof(TrackedLinkPageModel.NewsletterTitle),
        nameof(TrackedLinkPageModel.LinkText),
        nameof(TrackedLinkPageModel.Destination),
        nameof(TrackedLinkPageModel.Target),
    ];

    // The page between its values, as UTF-8, and which value follows each piece (the last piece has none).
    private readonly byte[][] _pieces;
    private readonly int[] _values;
    private readonly int _piecesLength;

    private TrackedLinkPageTemplate(byte[][] pieces, int[] values)
    {
        _pieces = pieces;
        _values = values;
        _piecesLength = pieces.Sum(p => p.Length);
    }

    /// <summary>Renders the component once, with placeholders, and notes where each value goes.</summary>
    public static TrackedLinkPageTemplate Render()
    {
        var placeholders = Names.Select(name => "TrackedLinkPagePlaceholder" + name + "End").ToArray();
        var model = Values(placeholders);
        string page;
        using (var renderer = new PageRenderer())
        {
            page = renderer.RenderDocument<TrackedLinkPage>(new Dictionary<string, object?> { [nameof(TrackedLinkPage.Model)] = model });
        }

        var found = new List<(int At, int Value)>();
        for (var value = 0; value < placeholders.Length; value++)
        {
            for (var at = page.IndexOf(placeholders[value], StringComparison.Ordinal); at >= 0; at = page.IndexOf(placeholders[value], at + 1, StringComparison.Ordinal))
            {
                found.Add((at, value));
            }
        }

        found.Sort((a, b) => a.At.CompareTo(b.At));
        var pieces = new List<byte[]>();
        var start = 0;
        foreach (var (at, value) in found)
        {
            pieces.Add(Encoding.UTF8.GetBytes(page[start..at]));
            start = at + placeholders[value].Length;
        }

        pieces.Add(Encoding.UTF8.GetBytes(page[start..]));
        return new TrackedLinkPageTemplate([.. pieces], found.Select(f => f.Value).ToArray());
    }

    /// <summary>The whole page for this model, as UTF-8, the same as <see cref="PageRenderer.RenderDocument"/> would make it.</summary>
    public byte[] Write(TrackedLinkPageModel model)
    {
        var encoded = Values(model).Select(HtmlEncoder.Default.Encode).ToArray();
        var length = _piecesLength;
        foreach (var value in _values)
        {
            length += Encoding.UTF8.GetByteCount(encoded[value]);
        }

        var bytes = new byte[length];
        var span = bytes.AsSpan();
        for (var i = 0; i < _pieces.Length; i++)
        {
            _pieces[i].CopyTo(span);
            span = span[_pieces[i].Length..];
            if (i < _values.Length)
            {
                span = span[Encoding.UTF8.GetBytes(encoded[_values[i]], span)..];
            }
        }

        return bytes;
    }

    private static TrackedLinkPageModel Values(string[] values) =>
        new(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7]);

    private static string[] Values(TrackedLinkPageModel model) =>
        [model.Language, model.SiteName, model.Stylesheet, model.Favicon, model.NewsletterTitle, model.LinkText, model.Destination, model.Target];
}
