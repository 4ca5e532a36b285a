using Site.Clicks.Counting;

namespace Site.Clicks.Tests;

public sealed class SipHashTests
{
    private static readonly byte[] Key = Enumerable.Range(0, 16).Select(i => (byte)i).ToArray();

    [Theory]
    [InlineData(0, 0x726fdb47dd0e0e31UL)]
    [InlineData(1, 0x74f839c593dc67fdUL)]
    [InlineData(7, 0xab0200f58b01d137UL)]
    [InlineData(8, 0x93f5f5799a932462UL)]
    [InlineData(15, 0xa129ca6149be45e5UL)]
    [InlineData(63, 0x958a324ceb064572UL)]
    public void Matches_the_reference_vectors_of_the_siphash_paper(int length, ulong expected)
    {
        var message = Enumerable.Range(0, length).Select(i => (byte)i).ToArray();

        Assert.Equal(expected, SipHash.Hash(Key, message));
    }

    [Fact]
    public void A_different_key_gives_a_different_hash()
    {
        var other = Key.Reverse().ToArray();
        var message = "198.51.100.1\0Mozilla/5.0"u8.ToArray();

        Assert.NotEqual(SipHash.Hash(Key, message), SipHash.Hash(other, message));
    }
}
