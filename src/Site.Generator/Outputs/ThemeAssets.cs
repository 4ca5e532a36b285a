using System.Security.Cryptography;
using Site.Generator.Build;
using Site.Generator.Diagnostics;
using Site.Generator.Theme;
using Site.Generator.Urls;

namespace Site.Generator.Outputs;

/// <summary>
/// Publishes the built theme (stylesheet, scripts, icon) under /assets/ with a content hash in each
/// name, so browsers can cache them for a year and still see every change.
/// </summary>
public static class ThemeAssets
{
    public const string Stylesheet = "site.css";
    public const string Script = "site.js";
    public const string SearchScript = "search.js";
    public const string Lunr = "lunr.min.js";
    public const string Favicon = "favicon.svg";

    private static readonly string[] Required = [Stylesheet, Script, SearchScript, Lunr, Favicon];

    public static AssetUrls Publish(string themeDirectory, OutputSet output, DiagnosticBag diagnostics)
    {
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in Required)
        {
            var path = Path.Combine(themeDirectory, name);
            if (!File.Exists(path))
            {
                diagnostics.Add(Diagnostic.Error(SourceSpan.WholeFile(path),
                    $"The theme file {name} is missing.", "Build the project first (dotnet build) so the theme is compiled."));
                urls[name] = SiteUrls.Asset(name);
                continue;
            }

            var hashed = Fingerprinted(name, File.ReadAllBytes(path));
            output.Copy(SiteUrls.Asset(hashed), path);
            urls[name] = SiteUrls.Asset(hashed);
        }

        return new AssetUrls(urls[Stylesheet], urls[Script], urls[SearchScript], urls[Lunr], urls[Favicon]);
    }

    /// <summary><c>site.css</c> becomes <c>site.3f2a9c01d4.css</c>.</summary>
    public static string Fingerprinted(string name, byte[] content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..10];
        return $"{Path.GetFileNameWithoutExtension(name)}.{hash}{Path.GetExtension(name)}";
    }
}
