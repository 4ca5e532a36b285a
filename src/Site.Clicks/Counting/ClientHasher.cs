using System.Security.Cryptography;

namespace Site.Clicks.Counting;

/// <summary>The two keys one click's client gets; neither can be turned back into an address.</summary>
/// <param name="Run">Same for a client throughout this run: used to spot bursts.</param>
/// <param name="Day">Same for a client within one day of this run: used for unique clicks.</param>
internal readonly record struct ClientKeys(ulong Run, ulong Day);

/// <summary>
/// Turns a client's address and user agent into keyed 64-bit hashes (<see cref="SipHash"/>). The keys
/// (salts) are random, made fresh for each run and for each day, held only in memory and never
/// written, so a hash cannot be linked to an address, to another run, or to the same reader on another
/// day. The address and user agent themselves are never stored.
/// </summary>
internal sealed class ClientHasher
{
    private readonly byte[] runSalt = RandomNumberGenerator.GetBytes(SipHash.KeySize);
    private readonly Dictionary<DateOnly, byte[]> daySalts = [];
    private byte[] input = new byte[512];

    public ClientKeys Hash(ReadOnlySpan<byte> address, ReadOnlySpan<byte> userAgent, DateOnly day)
    {
        var length = address.Length + 1 + userAgent.Length;
        if (input.Length < length)
        {
            input = new byte[Math.Max(length, input.Length * 2)];
        }

        // The separator keeps ("1.2.3.45", "6 …") apart from ("1.2.3.4", "56 …").
        address.CopyTo(input);
        input[address.Length] = 0;
        userAgent.CopyTo(input.AsSpan(address.Length + 1));
        var data = input.AsSpan(0, length);

        if (!daySalts.TryGetValue(day, out var daySalt))
        {
            daySalt = RandomNumberGenerator.GetBytes(SipHash.KeySize);
            daySalts[day] = daySalt;
        }

        var keys = new ClientKeys(SipHash.Hash(runSalt, data), SipHash.Hash(daySalt, data));
        data.Clear();
        return keys;
    }
}
