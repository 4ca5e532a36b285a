namespace Site.Clicks.Opens;

/// <summary>
/// Opens of one campaign as the mailing tool counted them. Approximate by nature: they rest on a
/// tracking image, which many mail apps block and some (Apple Mail) fetch without the reader opening.
/// </summary>
/// <param name="Campaign">The campaign's name as the export gives it.</param>
/// <param name="Keys">Every name in the row that may identify the newsletter, for matching to slugs.</param>
/// <param name="Opens">Total opens, when the export has them.</param>
/// <param name="UniqueOpens">Unique opens, when the export has them.</param>
internal sealed record NewsletterOpens(string Campaign, IReadOnlyList<string> Keys, long? Opens, long? UniqueOpens);
