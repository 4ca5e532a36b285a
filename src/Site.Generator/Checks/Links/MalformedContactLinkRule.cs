using System.Text.RegularExpressions;
using Site.Generator.Checks.Html;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.Links;

/// <summary><c>mailto:</c> links hold email addresses and <c>tel:</c> links hold a dialable number.</summary>
public sealed partial class MalformedContactLinkRule : IPageRule
{
    public string Id => "malformed-contact-link";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "mailto: links hold valid email addresses; tel: links hold digits (and an optional leading +).";

    public void Check(PageContext page, RuleReport report)
    {
        foreach (var link in page.Index.Links)
        {
            switch (link.Kind)
            {
                case LinkKind.Mailto when !IsValidMailto(link.Value):
                    report.Add(link.Element, $"The email link '{link.Value}' does not hold a valid email address.",
                        "Write it as mailto:name@example.org, with no spaces.");
                    break;
                case LinkKind.Tel when !Telephone().IsMatch(link.Value.Trim()[4..]):
                    report.Add(link.Element, $"The phone link '{link.Value}' is not a number a phone can dial.",
                        "Write it as tel: followed by the digits only, for example tel:01217884300 or tel:+441217884300.");
                    break;
            }
        }
    }

    private static bool IsValidMailto(string value)
    {
        var addresses = value.Trim()[7..].Split('?')[0];
        if (addresses.Length == 0)
        {
            return false;
        }

        foreach (var address in Uri.UnescapeDataString(addresses).Split(','))
        {
            if (!EmailAddress().IsMatch(address.Trim()))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^[^@\s,;<>""]+@[^@\s,;<>""]+\.[^@\s,;<>"".]{2,}$")]
    private static partial Regex EmailAddress();

    // RFC 3966 allows visual separators (- . ( )) between digits; spaces are not allowed in a URI.
    [GeneratedRegex(@"^\+?[0-9](?:[0-9\-.()]*[0-9])?$")]
    private static partial Regex Telephone();
}
