using AngleSharp.Dom;

namespace Site.Generator.Checks.Html;

/// <summary>Builds a <see cref="PageIndex"/> in one depth-first walk over a parsed page.</summary>
public static class PageIndexer
{
    public static PageIndex Index(IDocument document, string pageUrl) => Index(document, pageUrl, new LinkClassifier());

    /// <param name="links">Shared by every page of a run, so addresses common to all pages are classified once.</param>
    public static PageIndex Index(IDocument document, string pageUrl, LinkClassifier links)
    {
        var root = document.DocumentElement;
        var index = new PageIndex { Root = root };
        Walk(root, index, pageUrl, links);
        return index;
    }

    /// <summary>Visits one element into the index, not its children.</summary>
    public static void VisitOne(IElement element, PageIndex index, string pageUrl, LinkClassifier links) =>
        Visit(element, index, pageUrl, links);

    /// <summary>
    /// Visits <paramref name="top"/> and everything under it, in document order, into
    /// <paramref name="index"/>; from <paramref name="boundary"/> on (which is neither visited nor
    /// walked), into <paramref name="after"/>.
    /// </summary>
    public static void Walk(IElement top, PageIndex index, string pageUrl, LinkClassifier links, IElement? boundary = null, PageIndex? after = null)
    {
        var into = index;
        var stack = new Stack<IElement>();
        stack.Push(top);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element == boundary)
            {
                into = after ?? index;
                continue;
            }

            Visit(element, into, pageUrl, links);

            // Children are pushed last to first so they are visited in document order, by index:
            // AngleSharp finds a node's siblings by searching its parent's children. A template's
            // content is a separate fragment that browsers do not render, so it is not walked.
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child)
                {
                    stack.Push(child);
                }
            }
        }
    }

    private static void Visit(IElement element, PageIndex index, string pageUrl, LinkClassifier links)
    {
        var name = element.LocalName;
        switch (name)
        {
            case HtmlNames.A or HtmlNames.Area:
                AddUrl(element, HtmlNames.Href, index, pageUrl, links);
                if (name == HtmlNames.A && element.GetAttribute(HtmlNames.Name) is { Length: > 0 } anchorName)
                {
                    index.FragmentTargets.Add(anchorName);
                }

                break;
            case HtmlNames.Img:
                index.Images.Add(element);
                AddUrl(element, HtmlNames.Src, index, pageUrl, links);
                break;
            case HtmlNames.Script:
                index.Scripts.Add(element);
                AddUrl(element, HtmlNames.Src, index, pageUrl, links);
                break;
            case HtmlNames.Link:
                AddUrl(element, HtmlNames.Href, index, pageUrl, links);
                break;
            case HtmlNames.Iframe or HtmlNames.Frame:
                index.Frames.Add(element);
                AddUrl(element, HtmlNames.Src, index, pageUrl, links);
                break;
            case HtmlNames.Source or HtmlNames.Embed:
                AddUrl(element, HtmlNames.Src, index, pageUrl, links);
                break;
            case HtmlNames.Video or HtmlNames.Audio:
                AddUrl(element, HtmlNames.Src, index, pageUrl, links);
                AddUrl(element, HtmlNames.Poster, index, pageUrl, links);
                break;
            case HtmlNames.Object:
                AddUrl(element, HtmlNames.Data, index, pageUrl, links);
                break;
            case HtmlNames.Form:
                AddUrl(element, HtmlNames.Action, index, pageUrl, links);
                break;
            case HtmlNames.Button:
                index.Buttons.Add(element);
                AddUrl(element, HtmlNames.FormAction, index, pageUrl, links);
                break;
            case HtmlNames.Input or HtmlNames.Textarea or HtmlNames.Select:
                index.FormFields.Add(element);
                AddUrl(element, HtmlNames.FormAction, index, pageUrl, links);
                break;
            case HtmlNames.Label when element.GetAttribute(HtmlNames.For) is { Length: > 0 } target:
                Add(index.LabelsFor, target, element);
                break;
            case HtmlNames.Table:
                index.Tables.Add(element);
                break;
            case HtmlNames.Ul or HtmlNames.Ol:
                index.Lists.Add(element);
                break;
            case HtmlNames.Li:
                index.ListItems.Add(element);
                break;
            case HtmlNames.Meta:
                index.Metas.Add(element);
                break;
            case HtmlNames.Main:
                index.Mains.Add(element);
                break;
            case HtmlNames.Title when index.Title is null:
                index.Title = element;
                break;
            case HtmlNames.Th or HtmlNames.Td when element.HasAttribute(HtmlNames.Scope):
                index.TableCellsWithScope.Add(element);
                break;
            default:
                if (HtmlNames.IsHeadingTag(name))
                {
                    index.Headings.Add(element);
                }

                break;
        }

        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            var attributeName = attribute.LocalName;
            if (attributeName.Length > 2 && attributeName[0] == 'o' && attributeName[1] == 'n')
            {
                index.EventHandlers.Add((element, attribute.Name));
            }
            else if (attributeName == HtmlNames.Id && attribute.Value.Length > 0)
            {
                Add(index.ById, attribute.Value, element);
                index.FragmentTargets.Add(attribute.Value);
            }
            else if (attributeName == HtmlNames.Role)
            {
                AddByRole(element, attribute.Value, index);
            }
            else if (attributeName == HtmlNames.Class && index.Prose is null
                && attribute.Value.Contains(HtmlNames.ProseClass, StringComparison.Ordinal) && element.ClassList.Contains(HtmlNames.ProseClass))
            {
                index.Prose = element;
            }
        }
    }

    // Elements given a role by ARIA count as what they claim to be.
    private static void AddByRole(IElement element, string role, PageIndex index)
    {
        switch (role.Trim().ToLowerInvariant())
        {
            case HtmlNames.RoleButton when element.LocalName != HtmlNames.Button:
                index.Buttons.Add(element);
                break;
            case HtmlNames.RoleHeading when !HtmlNames.IsHeadingTag(element.LocalName):
                index.Headings.Add(element);
                break;
            case HtmlNames.RoleMain when element.LocalName != HtmlNames.Main:
                index.Mains.Add(element);
                break;
        }
    }

    private static void AddUrl(IElement element, string attribute, PageIndex index, string pageUrl, LinkClassifier links)
    {
        if (element.GetAttribute(attribute) is not { } value)
        {
            return;
        }

        var (kind, sitePath, fragment) = links.Classify(pageUrl, value);
        index.Links.Add(new PageLink(element, attribute, value, kind, sitePath, fragment));
    }

    private static void Add(Dictionary<string, List<IElement>> map, string key, IElement element)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(element);
    }
}
