using Microsoft.AspNetCore.Components;
using Site.Generator.Data;

namespace Site.Generator.Theme.Layout;

/// <summary>
/// The parts of the layout that are the same on every page (Exit this page, "Worried about a
/// child?" and the footer), rendered once for a build and written into each page as they are.
/// </summary>
public sealed record SharedMarkup(MarkupString Exit, MarkupString Worried, MarkupString Footer)
{
    public static SharedMarkup Render(SiteSettings settings, SiteData data)
    {
        using var renderer = new PageRenderer();
        return new SharedMarkup(
            new MarkupString(renderer.RenderPart<ExitThisPage>(new Dictionary<string, object?> { [nameof(ExitThisPage.Destination)] = settings.ExitThisPage })),
            new MarkupString(renderer.RenderPart<WorriedAboutAChild>(new Dictionary<string, object?> { [nameof(WorriedAboutAChild.Contacts)] = data.Contacts })),
            new MarkupString(renderer.RenderPart<SiteFooter>(new Dictionary<string, object?> { [nameof(SiteFooter.Settings)] = settings })));
    }
}
