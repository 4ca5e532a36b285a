using System.Text;
using Site.Clicks.Reading;

namespace Site.Clicks.Tests;

public sealed class LogLineReaderTests
{
    [Fact]
    public void Lines_are_split_on_newlines_dropping_carriage_returns_and_a_byte_order_mark()
    {
        var lines = ReadAll("\uFEFFfirst\r\nsecond\n\nlast without newline", bufferSize: 1024);

        Assert.Equal(["first", "second", "", "last without newline"], lines.Select(l => l.Text));
        Assert.Equal([1L, 2, 3, 4], lines.Select(l => l.Number));
    }

    [Fact]
    public void Lines_crossing_buffer_boundaries_come_out_whole()
    {
        var expected = Enumerable.Range(0, 500).Select(i => new string((char)('a' + (i % 26)), i % 37)).ToList();

        var lines = ReadAll(string.Join("\n", expected) + "\n", bufferSize: 64);

        Assert.Equal(expected, lines.Select(l => l.Text));
    }

    [Fact]
    public void A_line_longer_than_the_buffer_is_reported_once_and_reading_goes_on()
    {
        var lines = ReadAll("short\n" + new string('x', 1000) + "\nafter\n", bufferSize: 64);

        Assert.Equal([("short", false), ("", true), ("after", false)], lines.Select(l => (l.Text, l.TooLong)));
        Assert.Equal(3, lines[2].Number);
    }

    [Fact]
    public void Peeking_does_not_consume_the_first_lines()
    {
        using var reader = new LogLineReader(new MemoryStream(Encoding.UTF8.GetBytes("\uFEFF#Fields: a b\nx y\n")));

        Assert.StartsWith("#Fields:", Encoding.UTF8.GetString(reader.Peek()), StringComparison.Ordinal);
        Assert.True(reader.TryReadLine(out var first));
        Assert.Equal("#Fields: a b", Encoding.UTF8.GetString(first));
    }

    private static List<(string Text, long Number, bool TooLong)> ReadAll(string content, int bufferSize)
    {
        using var reader = new LogLineReader(new MemoryStream(Encoding.UTF8.GetBytes(content)), bufferSize);
        var lines = new List<(string, long, bool)>();
        while (reader.TryReadLine(out var line))
        {
            lines.Add((Encoding.UTF8.GetString(line), reader.LineNumber, reader.LineTooLong));
        }

        return lines;
    }
}
