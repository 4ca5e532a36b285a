namespace Site.Clicks.Links;

/// <summary>One link of a newsletter as the generator listed it in <c>links.json</c>.</summary>
/// <param name="Id">The link id used in <c>/go/&lt;newsletter&gt;/&lt;id&gt;/</c>.</param>
/// <param name="Text">The link's words in the email.</param>
/// <param name="Section">Anchor id of the newsletter section the link is in.</param>
/// <param name="SectionTitle">The section's heading.</param>
/// <param name="Target">Where the link page sends the reader.</param>
/// <param name="Position">1-based order of the link in the email.</param>
internal sealed record NewsletterLink(string Id, string Text, string Section, string SectionTitle, string Target, int Position);

/// <summary>The links of one newsletter, in email order.</summary>
internal sealed record NewsletterLinks(string Slug, IReadOnlyList<NewsletterLink> Links)
{
    private readonly Dictionary<string, NewsletterLink> byId = Links
        .GroupBy(link => link.Id, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);

    public NewsletterLink? Find(string id) => byId.GetValueOrDefault(id);
}
