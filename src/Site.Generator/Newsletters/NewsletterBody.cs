using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using Site.Generator.Markdown;
using Site.Generator.Theme.Email;

namespace Site.Generator.Newsletters;

/// <summary>
/// A newsletter's rendered body as one HTML document, ready to be made into an email: data blocks
/// (charts, contact lists) become a link to the web edition, since they are built for browsers, and
/// the text is cut into the part before the first <c>##</c> heading and one part per <c>##</c> section.
/// Attributes meant only for the web edition (<c>data-*</c>) are dropped.
/// </summary>
public static class NewsletterBody
{
    public const string BlockNotice = "Part of this newsletter can only be shown on our website.";
    public const string BlockLinkText = "Read it in your browser";

    public static IDocument Parse(RenderedBody body, string webEditionUrl, HtmlParser parser)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><body>");
        foreach (var segment in body.Segments)
        {
            html.Append(segment switch
            {
                HtmlSegment text => text.Html,
                _ => $"<p>{BlockNotice} <a href=\"{WebUtility.HtmlEncode(webEditionUrl)}\">{BlockLinkText}</a>.</p>",
            });
        }

        var document = parser.ParseDocument(html.Append("</body></html>").ToString());

        // data-* attributes are hooks for the web edition (source positions for its checks); in an
        // email they are only bytes counting towards the size limit.
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            // From the last, so that removing one leaves the places of those still to look at.
            var attributes = element.Attributes;
            for (var i = attributes.Length - 1; i >= 0; i--)
            {
                if (attributes[i] is { } attribute && attribute.Name.StartsWith("data-", StringComparison.Ordinal))
                {
                    element.RemoveAttribute(attribute.Name);
                }
            }
        }

        return document;
    }

    /// <summary>The HTML before the first section, and the sections, for the email edition.</summary>
    public static (string IntroHtml, IReadOnlyList<EmailSection> Sections) Split(BodyParts parts)
    {
        return (Html(parts.Intro), parts.Sections.Select(s => new EmailSection(s.Heading.Id ?? "", TextOf(s.Heading), s.Heading.InnerHtml, Html(s.Nodes))).ToList());

        // Written into one buffer and trimmed there: no string for each node, none for the untrimmed whole.
        static string Html(IReadOnlyList<INode> nodes)
        {
            var html = new StringBuilder();
            using (var writer = new StringWriter(html, CultureInfo.InvariantCulture))
            {
                foreach (var node in nodes)
                {
                    node.ToHtml(writer, HtmlMarkupFormatter.Instance);
                }
            }

            var start = 0;
            var end = html.Length;
            while (start < end && char.IsWhiteSpace(html[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(html[end - 1]))
            {
                end--;
            }

            return html.ToString(start, end - start);
        }
    }

    /// <summary>
    /// The body cut into the parts of its editions: only top-level <c>h2</c>s start a section. Both the
    /// email and the plain text are made from one cut.
    /// </summary>
    public static BodyParts Cut(IElement body)
    {
        var intro = new List<INode>();
        var sections = new List<(IElement Heading, IReadOnlyList<INode> Nodes)>();
        var current = intro;
        foreach (var node in body.ChildNodes)
        {
            if (node is IElement { LocalName: "h2" } h2)
            {
                current = [];
                sections.Add((h2, current));
                continue;
            }

            current.Add(node);
        }

        return new BodyParts(intro, sections);
    }

    /// <summary>The words of an element as a reader hears them: whitespace collapsed, trimmed.</summary>
    public static string TextOf(IElement element) => Collapse(element.TextContent);

    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>A newsletter body's top-level nodes before the first <c>h2</c>, and each top-level <c>h2</c> with the nodes up to the next.</summary>
public sealed record BodyParts(IReadOnlyList<INode> Intro, IReadOnlyList<(IElement Heading, IReadOnlyList<INode> Nodes)> Sections);
