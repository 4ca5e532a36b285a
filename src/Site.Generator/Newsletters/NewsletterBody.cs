using System.Net;
using System.Text;
using AngleSharp;
using AngleSharp.Dom;
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
            foreach (var name in element.Attributes.Select(a => a.Name).Where(n => n.StartsWith("data-", StringComparison.Ordinal)).ToList())
            {
                element.RemoveAttribute(name);
            }
        }

        return document;
    }

    /// <summary>The HTML before the first section, and the sections; only top-level <c>h2</c>s start a section.</summary>
    public static (string IntroHtml, IReadOnlyList<EmailSection> Sections) Split(IElement body)
    {
        var intro = new StringBuilder();
        var sections = new List<EmailSection>();
        IElement? heading = null;
        var current = intro;
        foreach (var node in body.ChildNodes)
        {
            if (node is IElement { LocalName: "h2" } h2)
            {
                Close();
                heading = h2;
                current = new StringBuilder();
                continue;
            }

            current.Append(node.ToHtml());
        }

        Close();
        return (intro.ToString().Trim(), sections);

        void Close()
        {
            if (heading is not null)
            {
                sections.Add(new EmailSection(heading.Id ?? "", TextOf(heading), heading.InnerHtml, current.ToString().Trim()));
            }
        }
    }

    /// <summary>The words of an element as a reader hears them: whitespace collapsed, trimmed.</summary>
    public static string TextOf(IElement element) => Collapse(element.TextContent);

    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
