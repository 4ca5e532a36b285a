using System.Text.Json;

namespace Site.Clicks.Links;

/// <summary>
/// The newsletter link lists the generator wrote into the built site
/// (<c>&lt;site&gt;/newsletters/&lt;slug&gt;/links.json</c>). They give clicks their link text and
/// section, and tell how many links a newsletter has. Without them clicks are still counted, by id.
/// </summary>
internal sealed class LinkCatalog
{
    private readonly Dictionary<string, NewsletterLinks> newsletters;

    private LinkCatalog(Dictionary<string, NewsletterLinks> newsletters, string? note)
    {
        this.newsletters = newsletters;
        Note = note;
    }

    public static LinkCatalog Empty { get; } = new([], null);

    /// <summary>Why there are no link lists, when there are none, for the person running the command.</summary>
    public string? Note { get; }

    public IEnumerable<NewsletterLinks> Newsletters => newsletters.Values;

    public NewsletterLinks? Find(string slug) => newsletters.GetValueOrDefault(slug);

    public int LinkCount(string slug) => Find(slug)?.Links.Count ?? 0;

    /// <summary>Reads every links.json under the site folder; a malformed one stops the command.</summary>
    public static LinkCatalog Load(string siteDirectory)
    {
        var folder = Path.Combine(siteDirectory, "newsletters");
        if (!Directory.Exists(folder))
        {
            return new LinkCatalog([], $"No newsletter link lists found ({folder} does not exist), so links are shown by id without text or section. Build the site first, or point --site at the built site.");
        }

        var newsletters = new Dictionary<string, NewsletterLinks>(StringComparer.Ordinal);
        foreach (var directory in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var file = Path.Combine(directory, "links.json");
            if (File.Exists(file))
            {
                var slug = Path.GetFileName(directory);
                newsletters[slug] = new NewsletterLinks(slug, Read(file));
            }
        }

        var note = newsletters.Count == 0
            ? $"No links.json files found under {folder}, so links are shown by id without text or section."
            : null;
        return new LinkCatalog(newsletters, note);
    }

    private static List<NewsletterLink> Read(string file)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(file), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"line {line + 1}: " : "";
            throw new ClicksInputException($"{file}: {where}this is not valid JSON ({FirstSentence(ex.Message)}). Rebuild the site, or fix or remove the file.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ClicksInputException($"{file}: the link list cannot be read ({ex.Message}).");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new ClicksInputException($"{file}: expected a JSON array of links, found {document.RootElement.ValueKind}. Rebuild the site, or fix or remove the file.");
            }

            var links = new List<NewsletterLink>();
            var index = 0;
            foreach (var entry in document.RootElement.EnumerateArray())
            {
                index++;
                var id = entry.ValueKind == JsonValueKind.Object ? Text(entry, "id") : "";
                if (id.Length == 0)
                {
                    throw new ClicksInputException($"{file}: link {index} has no \"id\". Every entry needs the id used in its /go/ address; rebuild the site, or fix or remove the file.");
                }

                var position = entry.TryGetProperty("position", out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
                    ? number
                    : index;
                links.Add(new NewsletterLink(id, Text(entry, "text"), Text(entry, "section"), Text(entry, "sectionTitle"), Text(entry, "target"), position));
            }

            links.Sort((a, b) => a.Position.CompareTo(b.Position));
            return links;
        }
    }

    /// <summary>A string property, or a number written as text; empty when absent.</summary>
    private static string Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString() ?? "",
                JsonValueKind.Number => value.GetRawText(),
                _ => "",
            }
            : "";

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
