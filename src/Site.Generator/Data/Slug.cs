using System.Text;

namespace Site.Generator.Data;

/// <summary>Turns text into the lower-case, hyphen-joined form used in addresses and anchors.</summary>
public static class Slug
{
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsAsciiLetterOrDigit(c) || (char.IsLetterOrDigit(c) && c > 127))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else if (c is ' ' or '-' or '_' or '/' or '.')
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }
}
