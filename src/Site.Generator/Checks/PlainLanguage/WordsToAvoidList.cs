using System.Text.RegularExpressions;

namespace Site.Generator.Checks.PlainLanguage;

/// <summary>
/// Words and phrases to avoid in plain English, drawn from the GOV.UK style guide's "words to avoid"
/// and common plain English advice, each with its plain alternative. Single words also match their
/// usual endings ("facilitates", "facilitated", "facilitating"). Matched as whole words, ignoring case.
/// </summary>
public static class WordsToAvoidList
{
    public static readonly IReadOnlyList<WordToAvoid> All =
    [
        new("utilise", "use"),
        new("utilize", "use"),
        new("facilitate", "help, or make possible"),
        new("in order to", "to"),
        new("commence", "start or begin"),
        new("prior to", "before"),
        new("subsequently", "later, or then"),
        new("endeavour", "try"),
        new("ascertain", "find out"),
        new("in relation to", "about"),
        new("with regard to", "about"),
        new("with regards to", "about"),
        new("in respect of", "about"),
        new("notwithstanding", "despite, or even if"),
        new("aforementioned", "this, or these"),
        new("leverage", "use"),
        new("going forward", "from now on, or in future"),
        new("empower", "help, or let"),
        new("robust", "strong, or thorough"),
        new("streamline", "simplify"),
        new("in the event of", "if"),
        new("in the event that", "if"),
        new("a number of", "some, or the exact number"),
        new("at this point in time", "now"),
        new("due to the fact that", "because"),
        new("whilst", "while"),
        new("amongst", "among"),
        new("terminate", "end or stop"),
        new("obtain", "get"),
        new("purchase", "buy"),
        new("assist", "help"),
        new("assistance", "help"),
        new("sufficient", "enough"),
        new("additional", "more, or extra"),
        new("individuals", "people"),
        new("regarding", "about"),
        new("in conjunction with", "with"),
        new("tackle", "deal with, or stop"),
        new("deliver", "give, run or do (deliver is for post and goods)"),
    ];

    private static readonly Dictionary<string, WordToAvoid> ByForm = Forms();

    /// <summary>One pattern for every form of every entry, longest first so phrases win over their words.</summary>
    public static readonly Regex Pattern = new(
        @"(?<![\p{L}\p{N}'\-])(?:" + string.Join('|', ByForm.Keys.OrderByDescending(k => k.Length).Select(Escape)) + @")(?![\p{L}\p{N}'\-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The entry a matched form belongs to.</summary>
    public static WordToAvoid EntryOf(string match) => ByForm[Normalise(match)];

    private static Dictionary<string, WordToAvoid> Forms()
    {
        var forms = new Dictionary<string, WordToAvoid>(StringComparer.Ordinal);
        foreach (var entry in All)
        {
            foreach (var form in FormsOf(entry.Phrase))
            {
                forms.TryAdd(form, entry);
            }
        }

        return forms;
    }

    private static IEnumerable<string> FormsOf(string phrase)
    {
        yield return phrase;
        if (phrase.Contains(' ', StringComparison.Ordinal))
        {
            yield break;
        }

        if (phrase.EndsWith('e'))
        {
            var stem = phrase[..^1];
            yield return stem + "es";
            yield return stem + "ed";
            yield return stem + "ing";
        }
        else if (!phrase.EndsWith('s') && !phrase.EndsWith("ly", StringComparison.Ordinal))
        {
            yield return phrase + "s";
            yield return phrase + "ed";
            yield return phrase + "ing";
        }
    }

    private static string Escape(string form) => Regex.Escape(form).Replace(@"\ ", @"\s+", StringComparison.Ordinal);

    private static string Normalise(string match) => Regex.Replace(match.ToLowerInvariant(), @"\s+", " ");
}
