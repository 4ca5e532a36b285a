using System.Text;
using AngleSharp.Dom;

namespace Site.Generator.Checks.Html;

/// <summary>
/// The name assistive technology announces for an element, computed from the HTML alone:
/// <c>aria-labelledby</c>, then <c>aria-label</c>, then the text inside (with images' alt text and
/// without content hidden by <c>hidden</c> or <c>aria-hidden="true"</c>), then <c>title</c>.
/// CSS is not applied, so text hidden only by a stylesheet still counts, as visually hidden text does.
/// </summary>
public static class AccessibleName
{
    // Text runs through these without a break; any other element separates words.
    private static readonly HashSet<string> InlineElements = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
    };

    public static string Of(IElement element, PageIndex index)
    {
        if (FromLabelledBy(element, index) is { Length: > 0 } labelled)
        {
            return labelled;
        }

        if (element.GetAttribute(HtmlNames.AriaLabel) is { } label && !string.IsNullOrWhiteSpace(label))
        {
            return Normalise(label);
        }

        var text = TextOf(element);
        if (text.Length > 0)
        {
            return text;
        }

        return element.GetAttribute(HtmlNames.TitleAttribute) is { } title ? Normalise(title) : "";
    }

    /// <summary>The text content a reader meets inside an element, with alt text for images, spaces collapsed.</summary>
    public static string TextOf(IElement element)
    {
        // Most links and headings hold one run of text; that needs no builder.
        if (element.ChildNodes is { Length: 1 } only && only[0] is IText single)
        {
            return Normalise(single.Data);
        }

        var builder = new StringBuilder();
        AppendText(element, builder);
        return Normalise(builder.ToString());
    }

    /// <summary>Is the element, or one of its ancestors, hidden from everyone by HTML attributes?</summary>
    public static bool IsHidden(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (IsHiddenItself(e))
            {
                return true;
            }
        }

        return false;
    }

    public static string Normalise(string text)
    {
        if (IsNormal(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>No space at either end, and only single spaces between words.</summary>
    private static bool IsNormal(string text)
    {
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || char.IsWhiteSpace(text[i + 1])))
            {
                return false;
            }
        }

        return true;
    }

    private static string? FromLabelledBy(IElement element, PageIndex index)
    {
        if (element.GetAttribute(HtmlNames.AriaLabelledBy) is not { } ids)
        {
            return null;
        }

        var builder = new StringBuilder();
        foreach (var id in ids.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (index.ElementById(id) is { } labeller)
            {
                builder.Append(' ').Append(labeller.GetAttribute(HtmlNames.AriaLabel) ?? TextOf(labeller));
            }
        }

        return Normalise(builder.ToString());
    }

    private static void AppendText(INode node, StringBuilder builder)
    {
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            switch (child)
            {
                case IText text:
                    builder.Append(text.Data);
                    break;
                case IElement element when IsHiddenItself(element) || element.LocalName is HtmlNames.Script or HtmlNames.Style or HtmlNames.Template:
                    break;
                case IElement { LocalName: HtmlNames.Img } image:
                    builder.Append(' ').Append(image.GetAttribute(HtmlNames.AriaLabel) ?? image.GetAttribute(HtmlNames.Alt)).Append(' ');
                    break;
                case IElement element when InlineElements.Contains(element.LocalName):
                    AppendText(element, builder);
                    break;
                case IElement element:
                    builder.Append(' ');
                    AppendText(element, builder);
                    builder.Append(' ');
                    break;
            }
        }
    }

    /// <summary>Whether the element itself is hidden (<c>hidden</c>, or <c>aria-hidden="true"</c>), whatever its ancestors.</summary>
    public static bool IsHiddenItself(IElement element) =>
        element.HasAttribute(HtmlNames.Hidden)
        || string.Equals(element.GetAttribute(HtmlNames.AriaHidden)?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
