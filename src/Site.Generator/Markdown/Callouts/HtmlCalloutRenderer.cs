using Markdig.Extensions.Alerts;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Site.Generator.Markdown.Callouts;

/// <summary>Writes a callout as GOV.UK Frontend's inset text, or as warning text for warnings and cautions.</summary>
public sealed class HtmlCalloutRenderer : HtmlObjectRenderer<AlertBlock>
{
    protected override void Write(HtmlRenderer renderer, AlertBlock block)
    {
        var kind = block.Kind.ToString().ToUpperInvariant();
        renderer.EnsureLine();
        if (kind is "WARNING" or "CAUTION" or "IMPORTANT")
        {
            renderer.Write("<div class=\"govuk-warning-text\"><span class=\"govuk-warning-text__icon\" aria-hidden=\"true\">!</span>");
            renderer.Write("<div class=\"govuk-warning-text__text\"><span class=\"govuk-visually-hidden\">Warning</span>");
            renderer.WriteChildren(block);
            renderer.WriteLine("</div></div>");
        }
        else
        {
            renderer.WriteLine("<div class=\"govuk-inset-text\">");
            renderer.WriteChildren(block);
            renderer.WriteLine("</div>");
        }
    }
}
