using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Site.Generator.Newsletters;

/// <summary>Writes <c>links.json</c>: the newsletter's tracked links in email order, for the click report.</summary>
public static class LinksFile
{
    // Source-generated metadata, so that the file can be written by a trimmed, ahead-of-time compiled program.
    private static readonly LinksJson Json = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,

        // The file is data, never embedded in a page, so apostrophes and ampersands can stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Write(IReadOnlyList<NewsletterLink> links) => JsonSerializer.Serialize(links, Json.IReadOnlyListNewsletterLink) + "\n";
}

[JsonSerializable(typeof(IReadOnlyList<NewsletterLink>))]
internal sealed partial class LinksJson : JsonSerializerContext;
