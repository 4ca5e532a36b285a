namespace Site.Clicks.Counting;

/// <summary>A request for a link page that passed the method, status and user agent checks.</summary>
/// <param name="Newsletter">Newsletter slug from the address.</param>
/// <param name="Link">Link id from the address.</param>
/// <param name="Day">The day as the log records it (the server's local date, or UTC for W3C logs).</param>
/// <param name="UtcTicks">The instant, for comparing times across time zones.</param>
/// <param name="Client">Keyed hashes of the client; see <see cref="ClientHasher"/>.</param>
internal readonly record struct Click(string Newsletter, string Link, DateOnly Day, long UtcTicks, ClientKeys Client);
