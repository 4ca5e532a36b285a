using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Site.Generator.Theme.Shared;

/// <summary>A heading whose level depends on where it is shown (h2 on a listing page, lower inside a data block).</summary>
public sealed class LevelHeading : ComponentBase
{
    /// <summary>2 to 6; anything outside is brought within.</summary>
    [Parameter] public int Level { get; set; } = 2;

    [Parameter] public string? Class { get; set; }

    [Parameter] public RenderFragment? ChildContent { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "h" + Math.Clamp(Level, 2, 6));
        builder.AddAttribute(1, "class", Class);
        builder.AddContent(2, ChildContent);
        builder.CloseElement();
    }
}
