namespace Site.Generator.Theme.Email;

/// <summary>What a tracked-link page (<c>/go/&lt;newsletter&gt;/&lt;link&gt;/</c>) says and where it sends the reader.</summary>
/// <param name="LinkText">The words of the link the reader followed in the email.</param>
/// <param name="Destination">Where the link goes, in words ("the page ‘Neglect toolkit’ on our website").</param>
/// <param name="Target">The absolute address the page refreshes to.</param>
public sealed record TrackedLinkPageModel(
    string Language,
    string SiteName,
    string Stylesheet,
    string Favicon,
    string NewsletterTitle,
    string LinkText,
    string Destination,
    string Target);
