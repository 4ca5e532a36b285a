namespace Site.Generator.Newsletters.Css;

/// <summary>One <c>property: value</c> pair, kept as written so that email-only properties survive.</summary>
public sealed record StyleDeclaration(string Property, string Value, bool Important)
{
    /// <summary>
    /// Splits a declaration block (a rule's body or a style attribute) into declarations. Semicolons
    /// inside quotes or parentheses (<c>url(a;b)</c>) do not end a declaration.
    /// </summary>
    public static IReadOnlyList<StyleDeclaration> ParseBlock(string block)
    {
        var declarations = new List<StyleDeclaration>();
        foreach (var part in SplitOutside(block, ';'))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var property = part[..colon].Trim().ToLowerInvariant();
            var value = part[(colon + 1)..].Trim();
            var important = false;
            var bang = value.LastIndexOf('!');
            if (bang >= 0 && value[(bang + 1)..].Trim().Equals("important", StringComparison.OrdinalIgnoreCase))
            {
                important = true;
                value = value[..bang].TrimEnd();
            }

            if (property.Length > 0 && value.Length > 0)
            {
                declarations.Add(new StyleDeclaration(property, value, important));
            }
        }

        return declarations;
    }

    /// <summary>Writes declarations as a style attribute's value, compactly (every byte counts towards the 100 KB limit).</summary>
    public static string Serialize(IEnumerable<StyleDeclaration> declarations) =>
        string.Join(';', declarations.Select(d => $"{d.Property}:{d.Value}"));

    private static IEnumerable<string> SplitOutside(string text, char separator)
    {
        var start = 0;
        var depth = 0;
        char? quote = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is { } open)
            {
                if (c == open)
                {
                    quote = null;
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
            }
            else if (c == separator && depth == 0)
            {
                yield return text[start..i];
                start = i + 1;
            }
        }

        yield return text[start..];
    }
}
