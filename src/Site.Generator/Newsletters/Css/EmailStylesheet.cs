namespace Site.Generator.Newsletters.Css;

/// <summary>One rule of a stylesheet: a single selector (lists are split) and its declarations.</summary>
/// <param name="Order">Position in the stylesheet; a later rule wins over an equally specific earlier one.</param>
public sealed record StyleRule(Selector Selector, IReadOnlyList<StyleDeclaration> Declarations, int Order);

/// <summary>
/// A parsed stylesheet for inlining. Only plain style rules are kept; anything an inliner cannot
/// turn into style attributes (at-rules such as <c>@media</c>, selectors outside
/// <see cref="Selector"/>'s subset) is reported in <see cref="Problems"/> rather than silently lost.
/// </summary>
public sealed record EmailStylesheet(IReadOnlyList<StyleRule> Rules, IReadOnlyList<string> Problems)
{
    public static EmailStylesheet Parse(string css, int firstOrder = 0)
    {
        var rules = new List<StyleRule>();
        var problems = new List<string>();
        var text = WithoutComments(css);
        var position = 0;
        var order = firstOrder;
        while (true)
        {
            var open = text.IndexOf('{', position);
            if (open < 0)
            {
                if (text[position..].Trim().Length > 0)
                {
                    problems.Add($"Text outside any rule: '{text[position..].Trim()}'.");
                }

                break;
            }

            var close = MatchingBrace(text, open);
            if (close < 0)
            {
                problems.Add($"The rule '{text[position..open].Trim()}' has no closing brace.");
                break;
            }

            var prelude = text[position..open].Trim();
            var body = text[(open + 1)..close];
            position = close + 1;
            if (prelude.StartsWith('@'))
            {
                problems.Add($"'{prelude}' cannot be inlined into style attributes; remove it from the email stylesheet.");
                continue;
            }

            var declarations = StyleDeclaration.ParseBlock(body);
            foreach (var selectorText in prelude.Split(','))
            {
                if (Selector.Parse(selectorText, out var problem) is { } selector)
                {
                    rules.Add(new StyleRule(selector, declarations, order++));
                }
                else
                {
                    problems.Add(problem!);
                }
            }
        }

        return new EmailStylesheet(rules, problems);
    }

    private static string WithoutComments(string css)
    {
        var builder = new System.Text.StringBuilder(css.Length);
        var i = 0;
        while (i < css.Length)
        {
            var start = css.IndexOf("/*", i, StringComparison.Ordinal);
            if (start < 0)
            {
                builder.Append(css, i, css.Length - i);
                break;
            }

            builder.Append(css, i, start - i);
            var end = css.IndexOf("*/", start + 2, StringComparison.Ordinal);
            i = end < 0 ? css.Length : end + 2;
        }

        return builder.ToString();
    }

    private static int MatchingBrace(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '{')
            {
                depth++;
            }
            else if (text[i] == '}' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
