using AngleSharp.Dom;

namespace Site.Generator.Checks.Html;

/// <summary>
/// The parts of one page the rules look at, gathered in a single walk over its parse so that thirty
/// rules cost one traversal, not thirty. Lists are in document order.
/// </summary>
public sealed class PageIndex
{
    public required IElement Root { get; init; }
    public IElement? Title { get; set; }

    /// <summary>The author's text (<c>.app-prose</c>); null on pages without one.</summary>
    public IElement? Prose { get; set; }

    public List<PageLink> Links { get; } = [];
    public List<IElement> Images { get; } = [];
    public List<IElement> Buttons { get; } = [];
    public List<IElement> Headings { get; } = [];
    public List<IElement> Tables { get; } = [];
    public List<IElement> Lists { get; } = [];
    public List<IElement> ListItems { get; } = [];
    public List<IElement> Metas { get; } = [];
    public List<IElement> Frames { get; } = [];
    public List<IElement> FormFields { get; } = [];
    public List<IElement> Mains { get; } = [];
    public List<IElement> Scripts { get; } = [];
    public List<IElement> TableCellsWithScope { get; } = [];

    /// <summary>Attributes named <c>on…</c>: inline event handlers.</summary>
    public List<(IElement Element, string Attribute)> EventHandlers { get; } = [];

    /// <summary>Elements by id, every element for ids used more than once.</summary>
    public Dictionary<string, List<IElement>> ById { get; } = new(StringComparer.Ordinal);

    /// <summary>What a <c>#fragment</c> can point to: ids, and the names of <c>&lt;a name&gt;</c> anchors.</summary>
    public HashSet<string> FragmentTargets { get; } = new(StringComparer.Ordinal);

    /// <summary>Labels by the id in their <c>for</c> attribute.</summary>
    public Dictionary<string, List<IElement>> LabelsFor { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Adds what another walk found as if its elements came next in the page: the parts of a page
    /// parsed apart (<see cref="LayoutParser"/>) make one index. Its links are classified again for
    /// this page, since relative addresses depend on it.
    /// </summary>
    public void Append(PageIndex part, string pageUrl, LinkClassifier links)
    {
        Title ??= part.Title;
        Prose ??= part.Prose;
        foreach (var link in part.Links)
        {
            var (kind, sitePath, fragment) = links.Classify(pageUrl, link.Value);
            Links.Add(new PageLink(link.Element, link.Attribute, link.Value, kind, sitePath, fragment));
        }

        Images.AddRange(part.Images);
        Buttons.AddRange(part.Buttons);
        Headings.AddRange(part.Headings);
        Tables.AddRange(part.Tables);
        Lists.AddRange(part.Lists);
        ListItems.AddRange(part.ListItems);
        Metas.AddRange(part.Metas);
        Frames.AddRange(part.Frames);
        FormFields.AddRange(part.FormFields);
        Mains.AddRange(part.Mains);
        Scripts.AddRange(part.Scripts);
        TableCellsWithScope.AddRange(part.TableCellsWithScope);
        EventHandlers.AddRange(part.EventHandlers);
        AppendAll(ById, part.ById);
        AppendAll(LabelsFor, part.LabelsFor);
        FragmentTargets.UnionWith(part.FragmentTargets);
    }

    private static void AppendAll(Dictionary<string, List<IElement>> map, Dictionary<string, List<IElement>> more)
    {
        foreach (var (key, elements) in more)
        {
            if (map.TryGetValue(key, out var list))
            {
                list.AddRange(elements);
            }
            else
            {
                map[key] = [.. elements];
            }
        }
    }

    private readonly Dictionary<IElement, string> _names = [];

    /// <summary>The element's accessible name, worked out once per page however many rules ask.</summary>
    public string NameOf(IElement element)
    {
        if (!_names.TryGetValue(element, out var name))
        {
            _names[element] = name = AccessibleName.Of(element, this);
        }

        return name;
    }

    public IElement? ElementById(string id) => ById.TryGetValue(id, out var elements) ? elements[0] : null;

    /// <summary>Is the element part of the author's text (inside <see cref="Prose"/>)?</summary>
    public bool IsInProse(IElement element)
    {
        if (Prose is null)
        {
            return false;
        }

        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e == Prose)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Does a role attribute make the element presentational (decorative)?</summary>
    public static bool IsPresentational(IElement element) =>
        element.GetAttribute(HtmlNames.Role)?.Trim().ToLowerInvariant() is HtmlNames.RoleNone or HtmlNames.RolePresentation;

    /// <summary>A label's text for a form field or button: from a label pointing at its id, or a label around it.</summary>
    public string LabelTextOf(IElement element)
    {
        if (element.Id is { Length: > 0 } id && LabelsFor.TryGetValue(id, out var labels))
        {
            foreach (var label in labels)
            {
                if (AccessibleName.TextOf(label) is { Length: > 0 } text)
                {
                    return text;
                }
            }
        }

        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e.LocalName == HtmlNames.Label)
            {
                return AccessibleName.TextOf(e);
            }
        }

        return "";
    }
}
