using System.Text;

namespace Site.Clicks.Counting;

/// <summary>Matches a user agent against <see cref="AgentSignatures"/>, ignoring case.</summary>
internal sealed class AgentClassifier
{
    private const int LongestAgentChecked = 2048;

    private readonly (byte[] Fragment, AgentKind Kind)[] signatures;

    public AgentClassifier(IReadOnlyList<AgentSignature> signatures)
    {
        this.signatures = signatures
            .Select(signature => (Encoding.UTF8.GetBytes(signature.Fragment.ToLowerInvariant()), signature.Kind))
            .ToArray();
    }

    public static AgentClassifier Default { get; } = new(AgentSignatures.All);

    /// <summary>The kind of automated agent, or null for what looks like a person's browser.</summary>
    public AgentKind? Classify(ReadOnlySpan<byte> userAgent)
    {
        if (userAgent.Length > LongestAgentChecked)
        {
            userAgent = userAgent[..LongestAgentChecked];
        }

        Span<byte> lower = stackalloc byte[userAgent.Length];
        for (var i = 0; i < userAgent.Length; i++)
        {
            var b = userAgent[i];

            // W3C logs write spaces in the user agent as '+'.
            lower[i] = b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b | 0x20) : b == '+' ? (byte)' ' : b;
        }

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
