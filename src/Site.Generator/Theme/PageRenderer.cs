using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Site.Generator.Theme;

/// <summary>
/// Renders pages with the theme's Razor components. One renderer serves one thread at a time
/// (its dispatcher is single-threaded), so each thread of a parallel step rents its own from
/// <see cref="RenderWorkers"/>.
/// </summary>
public sealed class PageRenderer : IDisposable
{
    // HtmlRenderer keeps every component it has rendered until it is disposed, so a renderer used for
    // a whole build would hold every page's components; a fresh one after this many documents bounds
    // that, and costs little next to the documents themselves.
    private const int DocumentsPerRenderer = 100;
    private const string Doctype = "<!DOCTYPE html>\n";

    private readonly ServiceProvider _services;
    private readonly StringBuilder _buffer = new();
    private HtmlRenderer _renderer;
    private int _rendered;

    public PageRenderer()
    {
        _services = new ServiceCollection().AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance).BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
    }

    /// <summary>The whole HTML document of a page, starting with the doctype.</summary>
    public string Render(PageModel model) => RenderDocument<SitePage>(new Dictionary<string, object?> { [nameof(SitePage.Model)] = model });

    /// <summary>A whole HTML document made by a theme component, starting with the doctype (email editions, tracked link pages).</summary>
    /// <remarks>
    /// The HTML is written into one buffer kept for the renderer's life, which grows to the largest
    /// page once, and is copied out once: no string for the component and another for the doctype.
    /// The renderer creates the component and sets its parameters by reflection; the annotation keeps the
    /// component's constructor and properties in a trimmed (Native AOT) program.
    /// </remarks>
    public string RenderDocument<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent => Render<TComponent>(parameters, Doctype);

    /// <summary>The HTML of one theme component on its own, to be written into pages as it is.</summary>
    public string RenderPart<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent => Render<TComponent>(parameters, "");

    private string Render<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TComponent>(IDictionary<string, object?> parameters, string prefix)
        where TComponent : IComponent
    {
        if (++_rendered > DocumentsPerRenderer)
        {
            _renderer.Dispose();
            _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
            _rendered = 1;
        }

        return _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await _renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            _buffer.Clear().Append(prefix);
            using var writer = new StringWriter(_buffer, CultureInfo.InvariantCulture);
            output.WriteHtmlTo(writer);
            return _buffer.ToString();
        }).GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        _renderer.Dispose();
        _services.Dispose();
    }
}
