using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;
using Site.Generator.Data;

namespace Site.Generator.Theme.Layout;

/// <summary>
/// The parts of the layout that do not depend on the page, rendered once for a build and written into
/// each page as they are: Exit this page, "Worried about a child?" and the footer, and the header for
/// each of its few variants (with or without its search form, and which navigation link is current).
/// </summary>
public sealed class SharedMarkup
{
    private readonly SiteSettings _settings;
    private readonly ConcurrentDictionary<string, MarkupString> _headers = new(StringComparer.Ordinal);

    public SharedMarkup(SiteSettings settings, SiteData data)
    {
        _settings = settings;
        using var renderer = new PageRenderer();
        Exit = new MarkupString(renderer.RenderPart<ExitThisPage>(new Dictionary<string, object?> { [nameof(ExitThisPage.Destination)] = settings.ExitThisPage }));
        Worried = new MarkupString(renderer.RenderPart<WorriedAboutAChild>(new Dictionary<string, object?> { [nameof(WorriedAboutAChild.Contacts)] = data.Contacts }));
        Footer = new MarkupString(renderer.RenderPart<SiteFooter>(new Dictionary<string, object?> { [nameof(SiteFooter.Settings)] = settings }));
    }

    public MarkupString Exit { get; }

    public MarkupString Worried { get; }

    public MarkupString Footer { get; }

    /// <summary>The header, rendered the first time a page needs this variant.</summary>
    /// <param name="searchForm">Whether it has its small search form (every page but the search page).</param>
    /// <param name="current">The <c>aria-current</c> value of each navigation link (<see cref="CurrentSection"/>).</param>
    public MarkupString Header(bool searchForm, IReadOnlyList<string?> current) =>
        _headers.GetOrAdd(
            (searchForm ? "form:" : ":") + string.Join(',', current),
            static (_, header) =>
            {
                using var renderer = new PageRenderer();
                return new MarkupString(renderer.RenderPart<SiteHeader>(new Dictionary<string, object?>
                {
                    [nameof(SiteHeader.Settings)] = header.Settings,
                    [nameof(SiteHeader.SearchForm)] = header.SearchForm,
                    [nameof(SiteHeader.Current)] = header.Current,
                }));
            },
            (Settings: _settings, SearchForm: searchForm, Current: current));
}
