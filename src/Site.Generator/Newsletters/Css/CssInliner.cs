using System.Collections.Concurrent;
using AngleSharp.Dom;

namespace Site.Generator.Newsletters.Css;

/// <summary>
/// Moves a document's <c>&lt;style&gt;</c> rules into <c>style</c> attributes, because many email
/// clients drop style elements. For each property the cascade picks the winner: important before
/// normal, then the element's own style attribute before the stylesheet, then higher
/// <see cref="Specificity"/>, then the later rule. The style elements are removed afterwards and,
/// when asked, the class attributes that only served as hooks for them.
/// </summary>
public static class CssInliner
{
    /// <returns>What in the stylesheets could not be inlined (empty when everything was).</returns>
    public static IReadOnlyList<string> Inline(IDocument document, bool removeClasses = true)
    {
        var styleElements = document.QuerySelectorAll("style").ToList();
        var rules = new List<StyleRule>();
        var problems = new List<string>();
        foreach (var style in styleElements)
        {
            var sheet = Parsed.GetOrAdd((style.TextContent, rules.Count), key => EmailStylesheet.Parse(key.Css, key.FirstOrder));
            rules.AddRange(sheet.Rules);
            problems.AddRange(sheet.Problems);
            style.Remove();
        }

        if (document.Body is { } body)
        {
            var bySubject = rules.ToLookup(r => r.Selector.SubjectKey ?? "*", StringComparer.Ordinal);
            var computed = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var element in body.QuerySelectorAll("*").Prepend(body))
            {
                Apply(element, RulesThatMayMatch(element, bySubject), computed);
            }
        }

        if (removeClasses)
        {
            foreach (var element in document.QuerySelectorAll("[class]"))
            {
                element.RemoveAttribute("class");
            }
        }

        return problems;
    }

    /// <summary>The style attribute an element gets from these rules and its own style attribute.</summary>
    public static string? ComputeStyle(IElement element, IReadOnlyList<StyleRule> rules) =>
        Cascade(rules.Where(r => r.Selector.Matches(element)).ToList(), element.GetAttribute("style"));

    /// <summary>The style attribute from the rules that match an element and its own style attribute.</summary>
    private static string? Cascade(List<StyleRule> matching, string? style)
    {
        var candidates = new List<(CascadeKey Key, StyleDeclaration Declaration)>();
        foreach (var rule in matching)
        {
            candidates.AddRange(rule.Declarations.Select(d => (new CascadeKey(d.Important, false, rule.Selector.Specificity, rule.Order), d)));
        }

        if (candidates.Count == 0)
        {
            return style;
        }

        var own = StyleDeclaration.ParseBlock(style ?? "");
        candidates.AddRange(own.Select((d, i) => (new CascadeKey(d.Important, true, default, i), d)));

        // Keep the winner of each property, and write winners in cascade order so that a longhand
        // that beats a shorthand (padding-top after padding) still comes after it in the attribute.
        var ordered = candidates.OrderBy(c => c.Key).ToList();
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            last[ordered[i].Declaration.Property] = i;
        }

        var winners = ordered
            .Where((c, i) => last[c.Declaration.Property] == i)
            .Select(c => c.Declaration with { Important = false });
        return StyleDeclaration.Serialize(winners);
    }

    // Every email edition of a build has the same stylesheet; parsing it once is enough.
    private static readonly ConcurrentDictionary<(string Css, int FirstOrder), EmailStylesheet> Parsed = new();

    /// <summary>The rules whose subject key the element has (and the universal ones), in stylesheet order.</summary>
    private static List<StyleRule> RulesThatMayMatch(IElement element, ILookup<string, StyleRule> bySubject)
    {
        var rules = new List<StyleRule>(bySubject["*"]);
        rules.AddRange(bySubject[element.LocalName]);
        if (element.Id is { Length: > 0 } id)
        {
            rules.AddRange(bySubject["#" + id]);
        }

        foreach (var name in element.ClassList)
        {
            rules.AddRange(bySubject["." + name]);
        }

        rules.Sort((a, b) => a.Order.CompareTo(b.Order));
        return rules;
    }

    /// <param name="computed">
    /// The styles worked out so far in this document, by the rules that matched and the element's own
    /// style: an email repeats a few kinds of element many times, and the cascade is the same for each.
    /// </param>
    private static void Apply(IElement element, IReadOnlyList<StyleRule> rules, Dictionary<string, string?> computed)
    {
        var matching = rules.Where(r => r.Selector.Matches(element)).ToList();
        var own = element.GetAttribute("style");
        var key = string.Join(',', matching.Select(r => r.Order)) + "|" + own;
        if (!computed.TryGetValue(key, out var style))
        {
            computed[key] = style = Cascade(matching, own);
        }

        if (!string.IsNullOrEmpty(style))
        {
            element.SetAttribute("style", style);
        }
    }

    private readonly record struct CascadeKey(bool Important, bool Inline, Specificity Specificity, int Order) : IComparable<CascadeKey>
    {
        public int CompareTo(CascadeKey other) =>
            Important != other.Important ? Important.CompareTo(other.Important)
            : Inline != other.Inline ? Inline.CompareTo(other.Inline)
            : Specificity != other.Specificity ? Specificity.CompareTo(other.Specificity)
            : Order.CompareTo(other.Order);
    }
}
