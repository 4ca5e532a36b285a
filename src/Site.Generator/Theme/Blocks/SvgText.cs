using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Site.Generator.Theme.Blocks;

/// <summary>
/// An SVG <c>&lt;text&gt;</c> element. Razor reserves the <c>&lt;text&gt;</c> tag for its own use, so
/// charts write their labels through this component instead.
/// </summary>
public sealed class SvgText : ComponentBase
{
    [Parameter, EditorRequired] public string Class { get; set; } = "";
    [Parameter, EditorRequired] public string X { get; set; } = "0";
    [Parameter, EditorRequired] public string Y { get; set; } = "0";
    [Parameter, EditorRequired] public string Text { get; set; } = "";

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "text");
        builder.AddAttribute(1, "class", Class);
        builder.AddAttribute(2, "x", X);
        builder.AddAttribute(3, "y", Y);
        builder.AddContent(4, Text);
        builder.CloseElement();
    }
}
