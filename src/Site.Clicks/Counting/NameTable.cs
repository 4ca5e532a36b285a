using System.Text;

namespace Site.Clicks.Counting;

/// <summary>
/// Gives one shared string per newsletter or link id, looked up straight from the log's bytes, so a
/// click allocates a string only the first time its id is seen.
/// </summary>
internal sealed class NameTable
{
    private readonly HashSet<string> names = new(StringComparer.Ordinal);

    public string Get(ReadOnlySpan<byte> utf8)
    {
        Span<char> chars = stackalloc char[GoLinkPath.MaxIdLength];
        var length = Encoding.UTF8.GetChars(utf8, chars);
        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(chars[..length], out var name))
        {
            return name;
        }

        name = chars[..length].ToString();
        names.Add(name);
        return name;
    }
}
