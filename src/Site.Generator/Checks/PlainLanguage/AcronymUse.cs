using AngleSharp.Dom;
using Site.Generator.Checks.Html;

namespace Site.Generator.Checks.PlainLanguage;

/// <summary>The first use of an acronym on a page: the text it is in, and that text's block.</summary>
/// <param name="Block">The nearest block around the text, with the acronym's place in the block's whole text.</param>
public sealed record AcronymUse(string Acronym, IText Node, TextBlock Block, int IndexInBlock)
{
    private static readonly HashSet<string> NotProse = new(StringComparer.Ordinal)
    {
        HtmlNames.Pre, HtmlNames.Code, HtmlNames.Script, HtmlNames.Style, HtmlNames.Template, HtmlNames.Svg,
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "caption", "figcaption", "blockquote", "div",
    };

    /// <summary>Each acronym's first use in the prose, in document order.</summary>
    public static IReadOnlyList<AcronymUse> FirstUsesIn(IElement? prose)
    {
        var uses = new List<AcronymUse>();
        if (prose is null)
        {
            return uses;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        Walk(prose, prose, seen, uses);
        return uses;
    }

    private static void Walk(INode node, IElement prose, HashSet<string> seen, List<AcronymUse> uses)
    {
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is IText text)
            {
                foreach (var match in Acronyms.In(text.Data))
                {
                    if (seen.Add(match.Groups[1].Value))
                    {
                        var block = BlockOf(text, prose);
                        uses.Add(new AcronymUse(match.Value, text, new TextBlock(block, block.TextContent), OffsetIn(block, text) + match.Index));
                    }
                }
            }
            else if (child is IElement element && !NotProse.Contains(element.LocalName))
            {
                Walk(element, prose, seen, uses);
            }
        }
    }

    private static IElement BlockOf(IText text, IElement prose)
    {
        for (var e = text.ParentElement; e is not null && e != prose; e = e.ParentElement)
        {
            if (Blocks.Contains(e.LocalName))
            {
                return e;
            }
        }

        return prose;
    }

    /// <summary>Where a text node starts within its block's text content.</summary>
    private static int OffsetIn(IElement block, IText target)
    {
        var offset = 0;
        foreach (var node in block.Descendants<IText>())
        {
            if (node == target)
            {
                return offset;
            }

            offset += node.Data.Length;
        }

        return 0;
    }
}
