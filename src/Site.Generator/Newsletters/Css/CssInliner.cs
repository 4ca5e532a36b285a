using System.Collections.Concurrent;
using System.Text;
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
            var index = new RuleIndex(rules);
            var computed = new Dictionary<string, string?>(StringComparer.Ordinal);
            var key = new StringBuilder();
            var mayMatch = new List<StyleRule>();
            var matching = new List<StyleRule>();
            foreach (var element in body.QuerySelectorAll("*").Prepend(body))
            {
                index.RulesThatMayMatch(element, mayMatch);
                matching.Clear();
                foreach (var rule in mayMatch)
                {
                    if (rule.Selector.Matches(element))
                    {
                        matching.Add(rule);
                    }
                }

                Apply(element, matching, computed, key);
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

    /// <param name="matching">The rules that match the element, in stylesheet order.</param>
    /// <param name="computed">
    /// The styles worked out so far in this document, by the rules that matched and the element's own
    /// style: an email repeats a few kinds of element many times, and the cascade is the same for each.
    /// </param>
    /// <param name="key">A buffer for the key of <paramref name="computed"/>, kept from element to element.</param>
    private static void Apply(IElement element, List<StyleRule> matching, Dictionary<string, string?> computed, StringBuilder key)
    {
        var own = element.GetAttribute("style");
        key.Clear();
        for (var i = 0; i < matching.Count; i++)
        {
            key.Append(i == 0 ? "" : ",").Append(matching[i].Order);
        }

        key.Append('|').Append(own);

        // Looked up by the buffer's characters, so that only a new combination makes a string.
        Span<char> chars = key.Length <= 256 ? stackalloc char[key.Length] : new char[key.Length];
        key.CopyTo(0, chars, key.Length);
        var lookup = computed.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(chars, out var style))
        {
            computed[chars.ToString()] = style = Cascade(matching, own);
        }

        if (!string.IsNullOrEmpty(style))
        {
            element.SetAttribute("style", style);
        }
    }

    /// <summary>The rules of a document by their subject key, to try on each element only those it may match.</summary>
    private sealed class RuleIndex
    {
        private readonly List<StyleRule> _universal = [];
        private readonly Dictionary<string, List<StyleRule>> _byType = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<StyleRule>> _byId = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<StyleRule>> _byClass = new(StringComparer.Ordinal);

        public RuleIndex(IEnumerable<StyleRule> rules)
        {
            foreach (var rule in rules)
            {
                switch (rule.Selector.SubjectKey)
                {
                    case null:
                        _universal.Add(rule);
                        break;
                    case ['#', .. var id]:
                        Add(_byId, id, rule);
                        break;
                    case ['.', .. var name]:
                        Add(_byClass, name, rule);
                        break;
                    case var type:
                        Add(_byType, type, rule);
                        break;
                }
            }
        }

        /// <summary>The rules whose subject key the element has (and the universal ones), in stylesheet order.</summary>
        /// <param name="rules">Where they go; cleared first.</param>
        public void RulesThatMayMatch(IElement element, List<StyleRule> rules)
        {
            rules.Clear();
            rules.AddRange(_universal);
            AddFrom(_byType, element.LocalName, rules);
            if (element.Id is { Length: > 0 } id)
            {
                AddFrom(_byId, id, rules);
            }

            foreach (var name in element.ClassList)
            {
                AddFrom(_byClass, name, rules);
            }

            rules.Sort(static (a, b) => a.Order.CompareTo(b.Order));
        }

        private static void Add(Dictionary<string, List<StyleRule>> index, string key, StyleRule rule)
        {
            if (!index.TryGetValue(key, out var rules))
            {
                index[key] = rules = [];
            }

            rules.Add(rule);
        }

        private static void AddFrom(Dictionary<string, List<StyleRule>> index, string key, List<StyleRule> rules)
        {
            if (index.TryGetValue(key, out var found))
            {
                rules.AddRange(found);
            }
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
