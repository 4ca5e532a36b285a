using System.Text.Encodings.Web;
using System.Text.Json;

namespace Site.Generator.Newsletters;

/// <summary>Writes <c>links.json</c>: the newsletter's tracked links in email order, for the click report.</summary>
public static class LinksFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,

        // The file is data, never embedded in a page, so apostrophes and ampersands can stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(IReadOnlyList<NewsletterLink> links) => JsonSerializer.Serialize(links, Options) + "\n";
}
