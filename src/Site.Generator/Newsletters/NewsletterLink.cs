namespace Site.Generator.Newsletters;

/// <summary>
/// One tracked link of a newsletter's email edition, as written to <c>links.json</c> (the click
/// report reads exactly these fields).
/// </summary>
/// <param name="Id">The id in its address, <c>/go/&lt;newsletter&gt;/&lt;id&gt;/</c>.</param>
/// <param name="Text">The link's words in the email.</param>
/// <param name="Section">Anchor id of the <c>##</c> section the link is under; empty before the first.</param>
/// <param name="SectionTitle">That section's heading; empty before the first.</param>
/// <param name="Target">Where the link's page sends the reader (with campaign parameters for our own pages).</param>
/// <param name="Position">1-based order of the link in the email.</param>
public sealed record NewsletterLink(string Id, string Text, string Section, string SectionTitle, string Target, int Position);
