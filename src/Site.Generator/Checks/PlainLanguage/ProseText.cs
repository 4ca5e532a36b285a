using System.Text;
using AngleSharp.Dom;
using Site.Generator.Checks.Html;

namespace Site.Generator.Checks.PlainLanguage;

/// <summary>
/// Splits a page's prose into <see cref="TextBlock"/>s: each piece of text belongs to its nearest
/// block-level ancestor. Code, preformatted text and hidden content are left out: they are not prose.
/// </summary>
public static class ProseText
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "caption", "figcaption", "blockquote", "div", "summary",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        HtmlNames.Pre, HtmlNames.Code, HtmlNames.Script, HtmlNames.Style, HtmlNames.Template, HtmlNames.Svg,
    };

    public static IReadOnlyList<TextBlock> Of(IElement prose)
    {
        var blocks = new List<(IElement Element, StringBuilder Text)>();
        var byElement = new Dictionary<IElement, StringBuilder>();
        Walk(prose, prose, blocks, byElement);
        var result = new List<TextBlock>(blocks.Count);
        foreach (var (element, text) in blocks)
        {
            var value = text.ToString();
            if (!string.IsNullOrWhiteSpace(value))
            {
                result.Add(new TextBlock(element, value));
            }
        }

        return result;
    }

    private static void Walk(INode node, IElement block, List<(IElement, StringBuilder)> blocks, Dictionary<IElement, StringBuilder> byElement)
    {
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            switch (child)
            {
                case IText text:
                    if (!byElement.TryGetValue(block, out var builder))
                    {
                        byElement[block] = builder = new StringBuilder();
                        blocks.Add((block, builder));
                    }

                    builder.Append(text.Data);
                    break;
                case IElement element when Skipped.Contains(element.LocalName) || element.HasAttribute(HtmlNames.Hidden)
                    || string.Equals(element.GetAttribute(HtmlNames.AriaHidden), "true", StringComparison.OrdinalIgnoreCase):
                    break;
                case IElement element:
                    Walk(element, BlockElements.Contains(element.LocalName) ? element : block, blocks, byElement);
                    break;
            }
        }
    }
}
