using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Site.Generator.Checks.Html;
using SourceSpan = Site.Generator.Diagnostics.SourceSpan;

namespace Site.Generator.Checks.Positions;

/// <summary>
/// Finds the theme template that wrote an element of a page's chrome (header, footer, navigation,
/// page templates). Razor leaves no trace in its output, so the templates' source is searched: first
/// for the element's own fixed text ("find out how to report a concern"), then for its id and class
/// names, preferring a name used in one template only and walking up to ancestors until one is found. Without the theme's source (an installed copy of the tool) every
/// chrome finding points at the layout.
/// </summary>
public sealed partial class TemplateLocator
{
    /// <summary>The theme's source folder, relative to the repository root.</summary>
    public const string ThemeFolder = "src/Site.Generator/Theme";

    public const string Layout = ThemeFolder + "/Layout/SiteLayout.razor";

    // Read on first use: most builds have no finding in the chrome and never need the templates.
    private readonly Lazy<TemplateIndex> _index;

    private TemplateLocator(Func<TemplateIndex> load) =>
        _index = new(load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The theme found above the running program or the current folder.</summary>
    public static TemplateLocator ForThisRepository { get; } = new(() => Load(FindRepositoryRoot()));

    public static TemplateLocator FromRepository(string? repositoryRoot) => new(() => Load(repositoryRoot));

    private static TemplateIndex Load(string? repositoryRoot)
    {
        var tokens = new Dictionary<string, TokenPlaces>(StringComparer.Ordinal);
        var tags = new Dictionary<string, TokenPlaces>(StringComparer.Ordinal);
        var lines = new List<(string File, int Line, string Text)>();
        var theme = repositoryRoot is null ? null : Path.Combine(repositoryRoot, ThemeFolder);
        if (theme is null || !Directory.Exists(theme))
        {
            return new TemplateIndex(tokens, tags, lines);
        }

        foreach (var file in Directory.EnumerateFiles(theme, "*.razor", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var display = Path.GetRelativePath(repositoryRoot!, file).Replace('\\', '/');
            var text = File.ReadAllLines(file);
            for (var i = 0; i < text.Length; i++)
            {
                lines.Add((display, i + 1, text[i]));
                foreach (Match match in ClassLikeName().Matches(text[i]))
                {
                    Add(tokens, match.Value, new SourceSpan(display, i + 1, match.Index + 1));
                }

                foreach (Match match in StartTag().Matches(text[i]))
                {
                    Add(tags, match.Groups[1].Value, new SourceSpan(display, i + 1, match.Index + 1));
                }
            }
        }

        return new TemplateIndex(tokens, tags, lines);
    }

    public SourceSpan Locate(IElement element)
    {
        if (ByOwnText(element) is { } byText)
        {
            return byText;
        }

        SourceSpan? ambiguous = null;
        for (var e = element; e is not null; e = e.ParentElement)
        {
            var best = BestNameOf(e);
            if (best is { Files: 1 })
            {
                return best.First;
            }

            ambiguous ??= best?.First;
            if (e == element && _index.Value.Tags.TryGetValue(e.LocalName, out var tag) && tag.Files == 1)
            {
                return tag.First;
            }
        }

        return ambiguous ?? SourceSpan.WholeFile(Layout);
    }

    /// <summary>The one template line holding the element's own text, when that text is fixed and distinctive.</summary>
    private SourceSpan? ByOwnText(IElement element)
    {
        var own = new System.Text.StringBuilder();
        foreach (var node in element.ChildNodes)
        {
            if (node is IText text)
            {
                own.Append(text.Data);
            }
        }

        var wanted = AccessibleName.Normalise(own.ToString());
        if (wanted.Length < MinimumTextLength)
        {
            return null;
        }

        SourceSpan? found = null;
        foreach (var (file, line, text) in _index.Value.Lines)
        {
            var column = text.IndexOf(wanted, StringComparison.Ordinal);
            if (column < 0)
            {
                continue;
            }

            if (found is not null && found.Value.File != file)
            {
                return null;
            }

            found ??= new SourceSpan(file, line, column + 1);
        }

        return found;
    }

    /// <summary>Shorter texts ("Search", "Home") are too common to tell templates apart.</summary>
    private const int MinimumTextLength = 12;

    private TokenPlaces? BestNameOf(IElement element)
    {
        TokenPlaces? best = null;
        var tokens = _index.Value.Tokens;
        if (element.Id is { Length: > 0 } id && tokens.TryGetValue(id, out var byId))
        {
            best = byId;
        }

        foreach (var name in element.ClassList)
        {
            if (tokens.TryGetValue(name, out var places) && (best is null || places.Files < best.Files))
            {
                best = places;
            }
        }

        return best;
    }

    private static void Add(Dictionary<string, TokenPlaces> map, string key, SourceSpan at)
    {
        if (!map.TryGetValue(key, out var places))
        {
            map[key] = new TokenPlaces(at);
        }
        else if (places.LastFile != at.File)
        {
            places.Files++;
            places.LastFile = at.File;
        }
    }

    private static string? FindRepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (Directory.Exists(Path.Combine(folder.FullName, ThemeFolder)))
                {
                    return folder.FullName;
                }
            }
        }

        return null;
    }

    // Names written with hyphens or underscores: GOV.UK Frontend and BEM class names, and most ids.
    [GeneratedRegex(@"(?<![\w-])[a-z][a-z0-9]*(?:(?:-|_{1,2})[a-z0-9]+)+(?![\w-])")]
    private static partial Regex ClassLikeName();

    [GeneratedRegex(@"<([a-z][a-z0-9]*)[\s>/]")]
    private static partial Regex StartTag();

    /// <summary>The theme's templates, read once: names and tags by where they first appear, and every line.</summary>
    private sealed record TemplateIndex(
        Dictionary<string, TokenPlaces> Tokens,
        Dictionary<string, TokenPlaces> Tags,
        List<(string File, int Line, string Text)> Lines);

    /// <summary>Where a name first appears in the theme, and in how many templates.</summary>
    private sealed class TokenPlaces(SourceSpan first)
    {
        public SourceSpan First { get; } = first;
        public int Files { get; set; } = 1;
        public string LastFile { get; set; } = first.File;
    }
}
