using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Site.Generator.Theme;

/// <summary>
/// Renders pages with the theme's Razor components. One renderer serves one thread at a time
/// (its dispatcher is single-threaded), so parallel steps create one per worker.
/// </summary>
public sealed class PageRenderer : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly HtmlRenderer _renderer;

    public PageRenderer()
    {
        _services = new ServiceCollection().AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance).BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
    }

    /// <summary>The whole HTML document of a page, starting with the doctype.</summary>
    public string Render(PageModel model) => "<!DOCTYPE html>\n" + Render<SitePage>(new Dictionary<string, object?> { [nameof(SitePage.Model)] = model });

    /// <summary>Renders any theme component, for outputs that are not web pages (such as email editions).</summary>
    /// <remarks>
    /// The renderer creates the component and sets its parameters by reflection; the annotation keeps the
    /// component's constructor and properties in a trimmed (Native AOT) program.
    /// </remarks>
    public string Render<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent =>
        _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await _renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        }).GetAwaiter().GetResult();

    public void Dispose()
    {
        _renderer.Dispose();
        _services.Dispose();
    }
}
