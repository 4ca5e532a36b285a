using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Site.Generator.Newsletters.Css;

/// <summary>
/// A selector of the small subset the email stylesheet may use: element types (<c>p</c>), the
/// universal selector (<c>*</c>), classes (<c>.lead</c>), ids (<c>#top</c>), compounds of these
/// (<c>td.footer</c>), and the descendant (<c>.content p</c>) and child (<c>ul &gt; li</c>)
/// combinators. Pseudo-classes, attribute selectors and sibling combinators are refused when the
/// stylesheet is parsed, because an email client could not apply them from a style attribute anyway.
/// </summary>
public sealed partial class Selector
{
    private readonly IReadOnlyList<Compound> _compounds;

    // _combinators[i] joins _compounds[i] to _compounds[i + 1].
    private readonly IReadOnlyList<Combinator> _combinators;

    private Selector(string text, IReadOnlyList<Compound> compounds, IReadOnlyList<Combinator> combinators)
    {
        Text = text;
        _compounds = compounds;
        _combinators = combinators;
        Specificity = compounds.Aggregate(default(Specificity), (sum, c) => sum + c.Specificity);
    }

    public string Text { get; }

    public Specificity Specificity { get; }

    /// <summary>
    /// One thing an element must have for the selector to match it, from the rightmost compound:
    /// <c>#id</c>, else <c>.class</c>, else the type; null for the universal selector. An inliner can
    /// look rules up by it instead of trying every rule on every element.
    /// </summary>
    public string? SubjectKey => _compounds[^1] switch
    {
        { Ids.Count: > 0 } subject => "#" + subject.Ids[0],
        { Classes.Count: > 0 } subject => "." + subject.Classes[0],
        { Type: { } type and not "*" } => type,
        _ => null,
    };

    /// <summary>Parses one selector (no commas); null with a reason when it is outside the subset.</summary>
    public static Selector? Parse(string text, out string? problem)
    {
        problem = null;
        var tokens = Tokens().Matches(text.Trim()).Select(m => m.Value).ToList();
        var compounds = new List<Compound>();
        var combinators = new List<Combinator>();
        var pending = Combinator.Descendant;
        foreach (var token in tokens)
        {
            if (token == ">")
            {
                if (compounds.Count == 0 || pending == Combinator.Child)
                {
                    problem = $"'{text.Trim()}' has a '>' with nothing before it.";
                    return null;
                }

                pending = Combinator.Child;
                continue;
            }

            var match = CompoundPattern().Match(token);
            if (!match.Success || match.Length == 0)
            {
                problem = $"'{text.Trim()}' uses '{token}', which the email inliner does not support (only types, classes, ids, descendant and child selectors).";
                return null;
            }

            if (compounds.Count > 0)
            {
                combinators.Add(pending);
            }

            var type = match.Groups["type"].Value;
            compounds.Add(new Compound(
                type is "" or "*" ? null : type.ToLowerInvariant(),
                match.Groups["part"].Captures.Where(c => c.Value[0] == '#').Select(c => c.Value[1..]).ToList(),
                match.Groups["part"].Captures.Where(c => c.Value[0] == '.').Select(c => c.Value[1..]).ToList()));
            pending = Combinator.Descendant;
        }

        if (compounds.Count == 0 || pending == Combinator.Child)
        {
            problem = compounds.Count == 0 ? "An empty selector." : $"'{text.Trim()}' ends with '>'.";
            return null;
        }

        return new Selector(text.Trim(), compounds, combinators);
    }

    public bool Matches(IElement element) => MatchesFrom(element, _compounds.Count - 1);

    public override string ToString() => Text;

    // Right to left, as browsers do; a descendant combinator tries every ancestor so that
    // ".a .b p" still matches when the nearest ".b" is not inside ".a" but a farther one is.
    private bool MatchesFrom(IElement element, int index)
    {
        if (!_compounds[index].Matches(element))
        {
            return false;
        }

        if (index == 0)
        {
            return true;
        }

        if (_combinators[index - 1] == Combinator.Child)
        {
            return element.ParentElement is { } parent && MatchesFrom(parent, index - 1);
        }

        for (var ancestor = element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (MatchesFrom(ancestor, index - 1))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@">|[^\s>]+")]
    private static partial Regex Tokens();

    [GeneratedRegex(@"^(?<type>\*|[a-zA-Z][a-zA-Z0-9]*)?(?<part>[.#]-?[_a-zA-Z][-_a-zA-Z0-9]*)*$")]
    private static partial Regex CompoundPattern();

    private enum Combinator
    {
        Descendant,
        Child,
    }

    private sealed record Compound(string? Type, IReadOnlyList<string> Ids, IReadOnlyList<string> Classes)
    {
        public Specificity Specificity => new(Ids.Count, Classes.Count, Type is null ? 0 : 1);

        // Plain loops by index: this runs for every rule against every element of every email edition,
        // and a lambda costs a delegate for each call, a foreach over a read-only list an enumerator.
        public bool Matches(IElement element)
        {
            if (Type is not null && element.LocalName != Type)
            {
                return false;
            }

            for (var i = 0; i < Ids.Count; i++)
            {
                if (element.Id != Ids[i])
                {
                    return false;
                }
            }

            if (Classes.Count == 0)
            {
                return true;
            }

            var classList = element.ClassList;
            for (var i = 0; i < Classes.Count; i++)
            {
                if (!classList.Contains(Classes[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
