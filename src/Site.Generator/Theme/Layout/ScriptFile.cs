using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Site.Generator.Theme.Layout;

/// <summary>
/// A classic <c>&lt;script src&gt;</c> element. Razor components refuse script tags in markup (they
/// cannot be updated in a live app), which does not apply to pages rendered once, as here.
/// </summary>
public sealed class ScriptFile : ComponentBase
{
    [Parameter, EditorRequired] public string Source { get; set; } = "";

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "script");
        builder.AddAttribute(1, "src", Source);
        builder.CloseElement();
    }
}
