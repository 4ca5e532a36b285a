using System.Text;
using AngleSharp.Dom;
using Site.Generator.Theme.Email;

namespace Site.Generator.Newsletters;

/// <summary>
/// The plain-text part of the email: the same newsletter for mail apps and readers who prefer text.
/// Headings are underlined (<c>=</c> for the title, <c>-</c> for sections, <c>~</c> below), list items
/// start with "- " or "1. ", links read "words (address)" with the tracked address, and lines wrap
/// at <see cref="Width"/> characters.
/// </summary>
public static class PlainTextEdition
{
    public const int Width = 72;

    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn", "em", "i", "img", "input", "kbd", "label",
        "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "del", "ins",
    };

    // Stands for <br> while inline text is gathered, so that collapsing whitespace keeps it.
    private const char HardBreak = '\u2028';

    /// <param name="model">The email edition.</param>
    /// <param name="parts">
    /// The newsletter body the edition was made from, its links tracked, cut as the edition was. The text
    /// is read from these elements rather than from the edition's HTML parsed again.
    /// </param>
    public static string Write(EmailEditionModel model, BodyParts parts)
    {
        List<IReadOnlyList<string>> blocks = [[model.SiteName], Heading(model.Title, '=')];
        if (model.Date is { } date)
        {
            blocks.Add([date]);
        }

        blocks.Add([$"{EmailLinks.WebEditionText}:", model.WebEditionLink]);
        blocks.AddRange(Blocks(parts.Intro, Width));
        for (var i = 0; i < parts.Sections.Count; i++)
        {
            blocks.Add(Heading(model.Sections[i].Title, '-'));
            blocks.AddRange(Blocks(parts.Sections[i].Nodes, Width));
        }

        var footer = new List<string> { "--", model.SiteName };
        footer.AddRange(model.Partners.Count > 0 ? TextWrap.Lines($"A partnership of {string.Join(", ", model.Partners)}.", Width) : []);
        footer.Add("You can unsubscribe using the link from our mailing list provider.");
        blocks.Add(footer);
        return string.Join("\n\n", blocks.Select(b => string.Join('\n', b).TrimEnd())) + "\n";
    }

    /// <summary>The blocks of a piece of HTML as lines no wider than <paramref name="width"/> (long words apart).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Blocks(INode container, int width) => Blocks(container.ChildNodes, width);

    private static List<IReadOnlyList<string>> Blocks(IEnumerable<INode> nodes, int width)
    {
        var blocks = new List<IReadOnlyList<string>>();
        var inline = new StringBuilder();
        foreach (var child in nodes)
        {
            if (child is IElement element && !Inline.Contains(element.LocalName))
            {
                Flush();
                blocks.AddRange(Block(element, width));
            }
            else
            {
                AppendInline(child, inline);
            }
        }

        Flush();
        return blocks;

        void Flush()
        {
            var text = Normalise(inline.ToString());
            inline.Clear();
            if (text.Length > 0)
            {
                blocks.Add(TextWrap.Lines(text, width));
            }
        }
    }

    private static IEnumerable<IReadOnlyList<string>> Block(IElement element, int width)
    {
        if (element.GetAttribute("aria-hidden") == "true")
        {
            return [];
        }

        switch (element.LocalName)
        {
            case "h1" or "h2":
                return [Heading(NewsletterBody.TextOf(element), element.LocalName == "h1" ? '=' : '-')];
            case "h3" or "h4" or "h5" or "h6":
                return [Heading(NewsletterBody.TextOf(element), '~')];
            case "ul" or "ol":
                return [List(element, width)];
            case "blockquote":
                return [Prefixed(Join(Blocks(element, width - 2)), "> ", "> ")];
            case "pre":
                return [element.TextContent.TrimEnd('\n').Split('\n')];
            case "hr":
                return [["----"]];
            case "table":
                return [element.QuerySelectorAll("tr").SelectMany(row => TextWrap.Lines(
                    string.Join(" | ", row.Children.Select(cell => Normalise(InlineText(cell)))), width)).ToList()];
            case "script" or "style" or "template":
                return [];
            default:
                // Inset text and other boxes are set apart by a bar, like a quotation in a reply.
                return element.ClassList.Contains("govuk-inset-text") || element.ClassList.Contains("govuk-warning-text")
                    ? [Prefixed(Join(Blocks(element, width - 2)), "| ", "| ")]
                    : Blocks(element, width);
        }
    }

    private static List<string> List(IElement list, int width)
    {
        var lines = new List<string>();
        var number = list.GetAttribute("start") is { } start && int.TryParse(start, out var first) ? first : 1;
        foreach (var item in list.Children.Where(c => c.LocalName == "li"))
        {
            var marker = list.LocalName == "ol" ? $"{number++}. " : "- ";
            lines.AddRange(Prefixed(Join(Blocks(item, width - marker.Length)), marker, new string(' ', marker.Length)));
        }

        return lines;
    }

    private static void AppendInline(INode node, StringBuilder text)
    {
        switch (node)
        {
            case IText t:
                text.Append(t.Data);
                break;
            case IElement { LocalName: "br" }:
                text.Append(HardBreak);
                break;
            case IElement element when element.GetAttribute("aria-hidden") == "true":
                break;
            case IElement { LocalName: "img" } image:
                if (image.GetAttribute("alt") is { Length: > 0 } alt)
                {
                    text.Append('[').Append(alt).Append(']');
                }

                break;
            case IElement { LocalName: "a" } anchor:
                var words = Normalise(InlineText(anchor));
                var href = anchor.GetAttribute("href") ?? "";
                text.Append(words.Length == 0 || words == href ? href : $"{words} ({href})");
                break;
            case IElement element:
                foreach (var child in element.ChildNodes)
                {
                    AppendInline(child, text);
                }

                text.Append(element.LocalName is "td" or "th" ? " " : "");
                break;
        }
    }

    private static string InlineText(INode node)
    {
        var text = new StringBuilder();
        foreach (var child in node.ChildNodes)
        {
            AppendInline(child, text);
        }

        return text.ToString();
    }

    private static string Normalise(string text) =>
        string.Join('\n', text.Split(HardBreak).Select(NewsletterBody.Collapse)).Trim('\n');

    private static List<string> Heading(string text, char underline) => [text, new string(underline, Math.Min(text.Length, Width))];

    /// <summary>Blocks joined with blank lines between them, as one run of lines.</summary>
    private static List<string> Join(IReadOnlyList<IReadOnlyList<string>> blocks)
    {
        var lines = new List<string>();
        foreach (var block in blocks)
        {
            if (lines.Count > 0)
            {
                lines.Add("");
            }

            lines.AddRange(block);
        }

        return lines;
    }

    private static List<string> Prefixed(List<string> lines, string first, string rest) =>
        lines.Select((line, i) => ((i == 0 ? first : line.Length == 0 && rest.Trim().Length == 0 ? "" : rest) + line).TrimEnd()).ToList();
}
