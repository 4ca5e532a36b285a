using System.Buffers;
using System.Text;

namespace Site.Clicks.Counting;

/// <summary>
/// Matches a user agent against <see cref="AgentSignatures"/>, ignoring case. One instance serves
/// one run and remembers the answer for each user agent it has seen: a log repeats the same few
/// hundred user agents over and over.
/// </summary>
internal sealed class AgentClassifier
{
    private const int LongestAgentChecked = 2048;

    /// <summary>Enough for every user agent of a real newsletter's readers; past it, agents are matched each time.</summary>
    private const int MaxRemembered = 8192;

    private static readonly (byte[] Fragment, AgentKind Kind)[] Signatures = AgentSignatures.All
        .Select(signature => (Encoding.UTF8.GetBytes(signature.Fragment.ToLowerInvariant()), signature.Kind))
        .ToArray();

    /// <summary>
    /// All fragments searched at once; most user agents are browsers that match none, and this tells
    /// so in one pass instead of one search per fragment.
    /// </summary>
    private static readonly SearchValues<string> AnyFragment =
        SearchValues.Create(AgentSignatures.All.Select(signature => signature.Fragment).ToArray(), StringComparison.OrdinalIgnoreCase);

    private readonly Dictionary<string, AgentKind?> remembered = new(StringComparer.Ordinal);

    /// <summary>The kind of automated agent, or null for what looks like a person's browser.</summary>
    public AgentKind? Classify(ReadOnlySpan<byte> userAgent)
    {
        if (userAgent.Length > LongestAgentChecked)
        {
            userAgent = userAgent[..LongestAgentChecked];
        }

        // Bytes become chars one to one: the fragments are ASCII, and a non-ASCII byte can match none.
        // W3C logs write spaces in the user agent as '+'.
        Span<char> text = stackalloc char[userAgent.Length];
        for (var i = 0; i < userAgent.Length; i++)
        {
            text[i] = userAgent[i] == '+' ? ' ' : (char)userAgent[i];
        }

        var lookup = remembered.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var known))
        {
            return known;
        }

        var kind = Match(text);
        if (remembered.Count < MaxRemembered)
        {
            lookup[text] = kind;
        }

        return kind;
    }

    private static AgentKind? Match(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(AnyFragment) < 0)
        {
            return null;
        }

        // Something matched: find the first signature in list order, so the kind is the most telling one.
        Span<byte> lower = stackalloc byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            lower[i] = c is >= 'A' and <= 'Z' ? (byte)(c | 0x20) : (byte)c;
        }

        foreach (var (fragment, kind) in Signatures)
        {
            if (lower.IndexOf(fragment) >= 0)
            {
                return kind;
            }
        }

        return null;
    }
}
