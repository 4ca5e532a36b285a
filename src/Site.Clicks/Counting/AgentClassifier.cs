using System.Buffers;
using System.Text;

namespace Site.Clicks.Counting;

/// <summary>Matches a user agent against <see cref="AgentSignatures"/>, ignoring case.</summary>
internal sealed class AgentClassifier
{
    private const int LongestAgentChecked = 2048;

    private readonly (byte[] Fragment, AgentKind Kind)[] signatures;

    /// <summary>
    /// All fragments searched at once; most user agents are browsers that match none, and this tells
    /// so in one pass instead of one search per fragment.
    /// </summary>
    private readonly SearchValues<string> anyFragment;

    public AgentClassifier(IReadOnlyList<AgentSignature> signatures)
    {
        this.signatures = signatures
            .Select(signature => (Encoding.UTF8.GetBytes(signature.Fragment.ToLowerInvariant()), signature.Kind))
            .ToArray();
        anyFragment = SearchValues.Create(signatures.Select(signature => signature.Fragment).ToArray(), StringComparison.OrdinalIgnoreCase);
    }

    public static AgentClassifier Default { get; } = new(AgentSignatures.All);

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
        Span<byte> lower = stackalloc byte[userAgent.Length];
        for (var i = 0; i < userAgent.Length; i++)
        {
            var b = userAgent[i] == '+' ? (byte)' ' : userAgent[i];
            text[i] = (char)b;
            lower[i] = b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b | 0x20) : b;
        }

        if (text.IndexOfAny(anyFragment) < 0)
        {
            return null;
        }

        // Something matched: find the first signature in list order, so the kind is the most telling one.
        foreach (var (fragment, kind) in signatures)
        {
            if (lower.IndexOf(fragment) >= 0)
            {
                return kind;
            }
        }

        return null;
    }
}
