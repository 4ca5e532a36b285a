namespace Site.Generator.Checks.Html;

/// <summary>The element, attribute and role names the checks look for.</summary>
public static class HtmlNames
{
    public const string A = "a";
    public const string Abbr = "abbr";
    public const string Area = "area";
    public const string Audio = "audio";
    public const string Body = "body";
    public const string Button = "button";
    public const string Code = "code";
    public const string Embed = "embed";
    public const string Form = "form";
    public const string Frame = "frame";
    public const string Head = "head";
    public const string Html = "html";
    public const string Iframe = "iframe";
    public const string Img = "img";
    public const string Input = "input";
    public const string Label = "label";
    public const string Li = "li";
    public const string Link = "link";
    public const string Main = "main";
    public const string Menu = "menu";
    public const string Meta = "meta";
    public const string Object = "object";
    public const string Ol = "ol";
    public const string Pre = "pre";
    public const string Script = "script";
    public const string Select = "select";
    public const string Source = "source";
    public const string Style = "style";
    public const string Svg = "svg";
    public const string Table = "table";
    public const string Td = "td";
    public const string Template = "template";
    public const string Textarea = "textarea";
    public const string Th = "th";
    public const string Thead = "thead";
    public const string Title = "title";
    public const string Tr = "tr";
    public const string Ul = "ul";
    public const string Video = "video";

    public const string Action = "action";
    public const string Alt = "alt";
    public const string AriaHidden = "aria-hidden";
    public const string AriaLabel = "aria-label";
    public const string AriaLabelledBy = "aria-labelledby";
    public const string AriaLevel = "aria-level";
    public const string Class = "class";
    public const string Colspan = "colspan";
    public const string Content = "content";
    public const string Data = "data";
    public const string For = "for";
    public const string FormAction = "formaction";
    public const string Hidden = "hidden";
    public const string Href = "href";
    public const string HttpEquiv = "http-equiv";
    public const string Id = "id";
    public const string Lang = "lang";
    public const string Name = "name";
    public const string Placeholder = "placeholder";
    public const string Poster = "poster";
    public const string Rel = "rel";
    public const string Role = "role";
    public const string Rowspan = "rowspan";
    public const string Scope = "scope";
    public const string Src = "src";
    public const string TitleAttribute = "title";
    public const string Type = "type";
    public const string Value = "value";
    public const string XmlLang = "xml:lang";

    public const string RoleButton = "button";
    public const string RoleHeading = "heading";
    public const string RoleList = "list";
    public const string RoleListItem = "listitem";
    public const string RoleMain = "main";
    public const string RoleNone = "none";
    public const string RolePresentation = "presentation";

    /// <summary>The class of the block that holds an author's text on every page template.</summary>
    public const string ProseClass = "app-prose";

    public const string ViewportName = "viewport";
    public const string RefreshHttpEquiv = "refresh";

    /// <summary>Is this one of h1 to h6?</summary>
    public static bool IsHeadingTag(string localName) =>
        localName.Length == 2 && localName[0] == 'h' && localName[1] is >= '1' and <= '6';
}
