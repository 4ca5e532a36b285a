using AngleSharp.Dom;
using Site.Generator.Theme;

namespace Site.Generator.Build;

/// <summary>A laid-out web page: its model, its output path, and its HTML parsed once for every step that reads it.</summary>
public sealed record RenderedPage(PageModel Page, string Path, IDocument Html);
