using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Parser;

namespace Site.Generator.Checks.Html;

/// <summary>
/// Parses and indexes the pages a build lays out, parsing the layout around <c>&lt;main&gt;</c> (the
/// header, navigation, "Worried about a child?" panel and footer: most of a page's elements) once
/// for each distinct layout instead of once per page. A page's own parts, its <c>&lt;head&gt;</c> and
/// its <c>&lt;main&gt;</c>, are parsed in a document that also has main's ancestors, so every element
/// has the parents it has in the page, and the index lists the layout's elements and the page's in
/// page order: the rules see what a parse of the whole page would give them.
/// <para>
/// A page that is not shaped as expected (not exactly one <c>&lt;main&gt;</c>, or content that
/// closes it early) is parsed whole. Keeps what it parsed: use one instance per thread.
/// </para>
/// </summary>
public sealed class LayoutParser(HtmlParser parser)
{
    // Distinct layouts come from the navigation's current section and the breadcrumbs; a site has
    // a few dozen. Past this many the cache starts again rather than grow with the site.
    private const int MaxLayouts = 64;

    private const string Main = "<main";
    private const string MainEnd = "</main>";
    private const string Body = "<body";
    private const string Html = "<html";

    // After main's end tag, a form start tag is ignored if a form in the content was left open, and
    // any other start tag reopens formatting elements (b, i…) left open; either would change how the
    // layout after main parses. Content that keeps main open (an unclosed table or template, where
    // main's end tag is ignored) puts these inside main.
    private const string AfterMainCheck = "<form></form><i></i>";

    // By a hash of the layout's text; each entry keeps its text to compare.
    private readonly Dictionary<int, List<KnownLayout>> _layouts = [];

    public (IDocument Document, PageIndex Index) Parse(string html, string pageUrl, LinkClassifier links)
    {
        if (Split(html) is { } split && ParseApart(html, split, pageUrl, links) is { } apart)
        {
            return apart;
        }

        var document = parser.ParseDocument(html);
        return (document, PageIndexer.Index(document, pageUrl, links));
    }

    /// <summary>
    /// Where the html start tag, the body, main and main's end are. The theme writes them once each,
    /// in lower case, and encodes every value it writes around main; what is inside main may hold
    /// the author's own HTML, so a second html, body or main tag in any letter case there (an
    /// author's <c>&lt;MAIN&gt;</c>) means the page is parsed whole.
    /// </summary>
    private static Parts? Split(string html)
    {
        var root = html.IndexOf(Html, StringComparison.Ordinal);
        var rootEnd = root < 0 ? -1 : html.IndexOf('>', root);
        var body = rootEnd < 0 ? -1 : html.IndexOf(Body, rootEnd, StringComparison.Ordinal);
        var main = body < 0 ? -1 : html.IndexOf(Main, body, StringComparison.Ordinal);
        var mainEnd = html.LastIndexOf(MainEnd, StringComparison.Ordinal);
        if (main < 0 || mainEnd < main || !IsTagEnd(html, body + Body.Length) || !IsTagEnd(html, main + Main.Length)
            || HasLayoutTag(html.AsSpan(main + Main.Length, mainEnd - main - Main.Length)))
        {
            return null;
        }

        return new Parts(root, rootEnd + 1, body, main, mainEnd + MainEnd.Length);
    }

    /// <summary>
    /// Whether the text holds <c>&lt;html</c>, <c>&lt;body</c>, <c>&lt;main</c> or <c>&lt;/main</c> in
    /// any letter case. The parser folds only ASCII letters in tag names, and so does this; it looks
    /// only after each <c>&lt;</c>, a few dozen characters apart in a page.
    /// </summary>
    internal static bool HasLayoutTag(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOf('<'); at >= 0; at = text.IndexOf('<'))
        {
            text = text[(at + 1)..];
            if (IsName(text, "main") || IsName(text, "html") || IsName(text, "body")
                || (text.Length > 0 && text[0] == '/' && IsName(text[1..], "main")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text starts with the name, its letters in either case (ASCII only, as tag names fold).</summary>
    private static bool IsName(ReadOnlySpan<char> text, string name) =>
        text.Length >= name.Length && Ascii.EqualsIgnoreCase(text[..name.Length], name);

    private static bool IsTagEnd(string html, int at) => at < html.Length && html[at] is ' ' or '>';

    private (IDocument, PageIndex)? ParseApart(string html, Parts at, string pageUrl, LinkClassifier links)
    {
        var layout = Find(html, at, links);
        if (layout is null)
        {
            return null;
        }

        // The page's own parts: everything before the body, main's ancestors' start tags, main, and
        // the elements that show whether main's end left the parser as the layout expects.
        var document = parser.ParseDocument(string.Concat(html.AsSpan(0, at.Body), layout.Ancestors, html.AsSpan(at.Main, at.AfterMain - at.Main), AfterMainCheck));
        if (MainOf(document, layout.Depth) is not { } main)
        {
            return null;
        }

        var root = document.DocumentElement;
        var index = new PageIndex { Root = root };
        PageIndexer.VisitOne(root, index, pageUrl, links);
        PageIndexer.Walk(document.Head!, index, pageUrl, links);
        index.Append(layout.BeforeMain, pageUrl, links);
        PageIndexer.Walk(main, index, pageUrl, links);
        index.Append(layout.AfterMain, pageUrl, links);
        return (document, index);
    }

    /// <summary>The page's layout, parsed now if no page before had the same.</summary>
    private Layout? Find(string html, Parts at, LinkClassifier links)
    {
        var root = html.AsSpan(at.Root, at.AfterRoot - at.Root);
        var beforeMain = html.AsSpan(at.Body, at.Main - at.Body);
        var afterMain = html.AsSpan(at.AfterMain);
        var hash = HashCode.Combine(string.GetHashCode(root), string.GetHashCode(beforeMain), string.GetHashCode(afterMain));
        if (!_layouts.TryGetValue(hash, out var same))
        {
            if (_layouts.Count >= MaxLayouts)
            {
                _layouts.Clear();
            }

            _layouts[hash] = same = [];
        }

        foreach (var known in same)
        {
            if (root.SequenceEqual(known.Root) && beforeMain.SequenceEqual(known.BeforeMain) && afterMain.SequenceEqual(known.AfterMain))
            {
                return known.Layout;
            }
        }

        var layout = ParseLayout(html, at, links);
        same.Add(new KnownLayout(root.ToString(), beforeMain.ToString(), afterMain.ToString(), layout));
        return layout;
    }

    /// <summary>The layout with an empty main, parsed and indexed; null if main is not where the text put it.</summary>
    private Layout? ParseLayout(string html, Parts at, LinkClassifier links)
    {
        // The page's own doctype and html start tag, so that the layout parses in the same mode and
        // its elements inherit what the page says (lang).
        var document = parser.ParseDocument(string.Concat(
            html[..at.AfterRoot], "<head></head>", html[at.Body..at.Main], "<main></main>", html[at.AfterMain..]));
        var mains = document.GetElementsByTagName("main");
        if (mains.Length != 1 || mains[0] is not { ChildNodes.Length: 0 } main || main.Attributes.Length != 0)
        {
            return null;
        }

        var ancestors = new List<IElement>();
        for (var e = main.ParentElement; e is not null && e != document.DocumentElement; e = e.ParentElement)
        {
            ancestors.Add(e);
        }

        ancestors.Reverse();
        if (ancestors.Count == 0 || ancestors[0] != document.Body)
        {
            return null;
        }

        var beforeMain = new PageIndex { Root = document.DocumentElement };
        var afterMain = new PageIndex { Root = document.DocumentElement };
        PageIndexer.Walk(document.Body!, beforeMain, "/", links, boundary: main, after: afterMain);
        var tags = string.Concat(ancestors.Select(e => HtmlMarkupFormatter.Instance.OpenTag(e, false)));
        return new Layout(tags, ancestors.Count, beforeMain, afterMain);
    }

    /// <summary>
    /// The page's main, if the page's text left it where the layout has it: inside the ancestors'
    /// start tags and nothing else, followed by the check elements only. Content that closed main or
    /// an ancestor early, or kept main open, would have put something else there.
    /// </summary>
    private static IElement? MainOf(IDocument document, int depth)
    {
        INode node = document.Body!;
        for (var level = 1; level < depth; level++)
        {
            if (node.ChildNodes.Length != 1)
            {
                return null;
            }

            node = node.ChildNodes[0];
        }

        return node.ChildNodes is [IElement { LocalName: "main" } main, IElement { LocalName: "form", ChildNodes.Length: 0 }, IElement { LocalName: "i", ChildNodes.Length: 0 }]
            ? main
            : null;
    }

    /// <summary>A layout's text, and its parse (null when the page's main was not where the text put it).</summary>
    private sealed record KnownLayout(string Root, string BeforeMain, string AfterMain, Layout? Layout);

    /// <summary>Where the parts of a page's text start.</summary>
    private readonly record struct Parts(int Root, int AfterRoot, int Body, int Main, int AfterMain);

    /// <param name="Ancestors">Main's ancestors' start tags, body first.</param>
    /// <param name="Depth">How many there are.</param>
    private sealed record Layout(string Ancestors, int Depth, PageIndex BeforeMain, PageIndex AfterMain);
}
