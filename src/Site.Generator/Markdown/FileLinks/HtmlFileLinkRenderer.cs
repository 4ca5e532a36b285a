using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Site.Generator.Markdown.FileLinks;

/// <summary>Renders links as usual, adding the file's type and size inside the link text for downloads.</summary>
public sealed class HtmlFileLinkRenderer(Func<string, long?> fileSize) : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (link.IsImage || link.Url is not { } url || FileKinds.NameOf(url) is null || fileSize(url) is not { } bytes)
        {
            base.Write(renderer, link);
            return;
        }

        // Markdig writes the closing tag itself; the annotation goes in as the last child so it is part of the link's name.
        var note = new LiteralInline($" ({FileKinds.Describe(url, bytes)})");
        link.AppendChild(note);
        base.Write(renderer, link);
        note.Remove();
    }
}
