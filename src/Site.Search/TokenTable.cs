using System.Runtime.CompilerServices;

namespace Site.Search;

/// <summary>
/// Maps token text to an int without allocating on a hit: an open-addressing hash table whose keys live
/// in one char arena. The caller supplies the hash (<see cref="Hash"/>), computed while it copies the
/// token, so each character is read once. About twice as fast as a Dictionary with span lookup here.
/// </summary>
internal sealed class TokenTable
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    private int[] _slots = new int[1 << 12]; // entry number + 1, 0 = empty
    private uint[] _slotHashes = new uint[1 << 12];
    private char[] _arena = new char[1 << 14];
    private int _arenaUsed;
    private int[] _starts = new int[1 << 10];
    private int[] _lengths = new int[1 << 10];
    private int[] _values = new int[1 << 10];
    private int _count;

    public int Count => _count;

    public const uint InitialHash = FnvOffset;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Step(uint hash, char c) => (hash ^ c) * FnvPrime;

    public static uint Hash(ReadOnlySpan<char> key)
    {
        uint hash = FnvOffset;
        foreach (char c in key)
        {
            hash = Step(hash, c);
        }

        return hash;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGetValue(ReadOnlySpan<char> key, uint hash, out int value)
    {
        int mask = _slots.Length - 1;
        int i = (int)(hash & (uint)mask);
        while (true)
        {
            int slot = _slots[i];
            if (slot == 0)
            {
                value = 0;
                return false;
            }

            if (_slotHashes[i] == hash)
            {
                int entry = slot - 1;
                if (_arena.AsSpan(_starts[entry], _lengths[entry]).SequenceEqual(key))
                {
                    value = _values[entry];
                    return true;
                }
            }

            i = (i + 1) & mask;
        }
    }

    /// <summary>Adds a key that is not in the table.</summary>
    public void Add(ReadOnlySpan<char> key, uint hash, int value)
    {
        int entry = _count++;
        if (entry == _starts.Length)
        {
            Array.Resize(ref _starts, entry * 2);
            Array.Resize(ref _lengths, entry * 2);
            Array.Resize(ref _values, entry * 2);
        }

        if (_arenaUsed + key.Length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _arenaUsed + key.Length));
        }

        key.CopyTo(_arena.AsSpan(_arenaUsed));
        _starts[entry] = _arenaUsed;
        _lengths[entry] = key.Length;
        _values[entry] = value;
        _arenaUsed += key.Length;
        Insert(_slots, _slotHashes, entry + 1, hash);
        if (_count * 2 > _slots.Length)
        {
            var slots = new int[_slots.Length * 2];
            var hashes = new uint[_slots.Length * 2];
            for (int i = 0; i < _slots.Length; i++)
            {
                if (_slots[i] != 0)
                {
                    Insert(slots, hashes, _slots[i], _slotHashes[i]);
                }
            }

            _slots = slots;
            _slotHashes = hashes;
        }
    }

    private static void Insert(int[] slots, uint[] hashes, int slot, uint hash)
    {
        int mask = slots.Length - 1;
        int i = (int)(hash & (uint)mask);
        while (slots[i] != 0)
        {
            i = (i + 1) & mask;
        }

        slots[i] = slot;
        hashes[i] = hash;
    }
}
