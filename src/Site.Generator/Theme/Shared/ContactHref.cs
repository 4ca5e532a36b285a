using Site.Generator.Data;

namespace Site.Generator.Theme.Shared;

/// <summary>
/// How a contact is reached from a link: a <c>tel:</c> link when it has a phone number (so a tap on a
/// phone dials it), otherwise its web address or email address.
/// </summary>
public static class ContactHref
{
    /// <summary><c>0121 788 4300</c> becomes <c>tel:01217884300</c>; a leading + is kept.</summary>
    public static string Phone(string phone)
    {
        var digits = new string(phone.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
        return "tel:" + digits;
    }

    /// <summary>The link for a contact without a phone number, or null if it has no way to reach it.</summary>
    public static (string Href, string Text)? Other(Contact contact) =>
        contact.Url is { } url ? (url, url)
        : contact.Email is { } email ? ("mailto:" + email, email)
        : null;
}
