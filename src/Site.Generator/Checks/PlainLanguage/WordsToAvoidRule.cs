using System.Text.RegularExpressions;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.PlainLanguage;

/// <summary>
/// Pages for families and young people avoid the words in <see cref="WordsToAvoidList"/>. Each word is
/// reported once per page, where it first appears, with how often it is used.
/// </summary>
public sealed class WordsToAvoidRule : IPageRule
{
    public string Id => "words-to-avoid";

    public Severity DefaultSeverity => Severity.Warning;

    public string Description => "Pages for families and young people avoid words such as \"utilise\", \"facilitate\", \"in order to\" and \"commence\".";

    public void Check(PageContext page, RuleReport report)
    {
        if (!PlainLanguagePages.Applies(page))
        {
            return;
        }

        var found = new Dictionary<WordToAvoid, (TextBlock Block, Match First, int Count)>();
        foreach (var block in page.Prose.Blocks)
        {
            foreach (Match match in WordsToAvoidList.Pattern.Matches(block.Text))
            {
                var entry = WordsToAvoidList.EntryOf(match.Value);
                found[entry] = found.TryGetValue(entry, out var seen) ? seen with { Count = seen.Count + 1 } : (block, match, 1);
            }
        }

        foreach (var (entry, (block, first, count)) in found)
        {
            var more = count > 1 ? $" It is used {count} times on this page." : "";
            report.AddAt(TextPositions.Of(block, first.Index, report), block.Element,
                $"\"{first.Value}\" is harder to read than it needs to be.{more}", $"Write \"{entry.Instead}\" instead.");
        }
    }
}
